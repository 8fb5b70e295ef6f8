/** RDS instances and clusters, DynamoDB tables (SAM's SimpleTable included), SQS and SNS. */
import { single, tagsOf, type Tf, type Translation } from "../translate.ts";

const dbCommon = (t: Tf): void => {
  tagsOf(t);
  t.copy("engine", "Engine");
  t.copy("storage_encrypted", "StorageEncrypted");
  t.copy("kms_key_id", "KmsKeyId");
  t.copy("backup_retention_period", "BackupRetentionPeriod");
  t.copy("deletion_protection", "DeletionProtection");
  t.copy("iam_database_authentication_enabled", "EnableIAMDatabaseAuthentication");
  t.copy("enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports");
};

const dbInstance: Translation = {
  cfn: "AWS::RDS::DBInstance",
  translate: (t) => {
    dbCommon(t);
    t.copy("identifier", "DBInstanceIdentifier");
    t.copy("publicly_accessible", "PubliclyAccessible");
    t.copy("multi_az", "MultiAZ");
    t.copy("auto_minor_version_upgrade", "AutoMinorVersionUpgrade");
    t.copy("performance_insights_enabled", "EnablePerformanceInsights");
    t.copy("performance_insights_kms_key_id", "PerformanceInsightsKMSKeyId");
    t.copy("vpc_security_group_ids", "VPCSecurityGroups");
    t.copy("replicate_source_db", "SourceDBInstanceIdentifier");
    t.copy("snapshot_identifier", "DBSnapshotIdentifier");
    // An instance of an Aurora cluster: storage, backups and protection are the cluster's.
    const member = t.get("DBClusterIdentifier") !== undefined;
    if (member) t.copy("cluster_identifier", "DBClusterIdentifier");
    return [{ tf: member ? "aws_rds_cluster_instance" : "aws_db_instance", attrs: t.attrs, spans: t.spans }];
  },
};

const dbCluster = single("AWS::RDS::DBCluster", "aws_rds_cluster", (t) => {
  dbCommon(t);
  t.copy("cluster_identifier", "DBClusterIdentifier");
  t.copy("engine_mode", "EngineMode");
  t.copy("vpc_security_group_ids", "VpcSecurityGroupIds");
  t.copy("snapshot_identifier", "SnapshotIdentifier");
  t.copy("replication_source_identifier", "ReplicationSourceIdentifier");
  t.copy("global_cluster_identifier", "GlobalClusterIdentifier");
});

const table = single("AWS::DynamoDB::Table", "aws_dynamodb_table", (t) => {
  t.copy("name", "TableName");
  tagsOf(t);
  if (t.get("SSESpecification") !== undefined) {
    t.copy("server_side_encryption.0.enabled", "SSESpecification.SSEEnabled");
    t.copy("server_side_encryption.0.kms_key_arn", "SSESpecification.KMSMasterKeyId");
  }
  t.copy("point_in_time_recovery.0.enabled", "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled");
});

const simpleTable = single("AWS::Serverless::SimpleTable", "aws_dynamodb_table", (t) => {
  t.copy("name", "TableName");
  t.copy("tags", "Tags");
  if (t.get("SSESpecification") !== undefined)
    t.copy("server_side_encryption.0.enabled", "SSESpecification.SSEEnabled");
});

const queue = single("AWS::SQS::Queue", "aws_sqs_queue", (t) => {
  t.copy("name", "QueueName");
  tagsOf(t);
  t.copy("kms_master_key_id", "KmsMasterKeyId");
  t.copy("sqs_managed_sse_enabled", "SqsManagedSseEnabled");
});

const queuePolicy = single(
  "AWS::SQS::QueuePolicy",
  "aws_sqs_queue_policy",
  (t) => {
    t.copy("queue_url", "Queues");
    t.copy("policy", "PolicyDocument");
  },
  true,
);

const topic = single("AWS::SNS::Topic", "aws_sns_topic", (t) => {
  t.copy("name", "TopicName");
  tagsOf(t);
  t.copy("kms_master_key_id", "KmsMasterKeyId");
});

const topicPolicy = single(
  "AWS::SNS::TopicPolicy",
  "aws_sns_topic_policy",
  (t) => {
    t.copy("arn", "Topics");
    t.copy("policy", "PolicyDocument");
  },
  true,
);

export const translations: Translation[] = [
  dbInstance,
  dbCluster,
  table,
  simpleTable,
  queue,
  queuePolicy,
  topic,
  topicPolicy,
];
