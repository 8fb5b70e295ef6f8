/**
 * Every collector against moto: one resource per service created through the SDK, scanned,
 * and checked for its common type and the settings it was created with.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand } from "@aws-sdk/client-cloudtrail";
import {
  ConfigServiceClient,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  StartConfigurationRecorderCommand,
} from "@aws-sdk/client-config-service";
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateVpcCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import { CreateRepositoryCommand, ECRClient } from "@aws-sdk/client-ecr";
import { CreateClusterCommand, EKSClient } from "@aws-sdk/client-eks";
import {
  CreateLoadBalancerCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { CreateRoleCommand, IAMClient, UpdateAccountPasswordPolicyCommand } from "@aws-sdk/client-iam";
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from "@aws-sdk/client-kms";
import { CreateFunctionCommand, CreateFunctionUrlConfigCommand, LambdaClient } from "@aws-sdk/client-lambda";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { CreateSecretCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { CreateTopicCommand, SNSClient } from "@aws-sdk/client-sns";
import { CreateQueueCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { Resource } from "../../src/model/resource.ts";
import { builtinRules } from "../../src/rules/index.ts";
import { scanAws, type LiveScanOutcome } from "../../src/sources/aws/live-scan.ts";
import { MOTO_MISSING, TEST_CREDENTIALS, sdkConfig, startMoto, type Moto } from "./moto.ts";

const TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
});

describe("live AWS collectors (moto)", { skip: MOTO_MISSING }, () => {
  let moto: Moto;
  let out: LiveScanOutcome;
  let keyId = "";
  before(async () => {
    moto = await startMoto();
    const cfg = sdkConfig(moto);
    const ec2 = new EC2Client(cfg);
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: "10.1.0.0/16" }));
    const sg = await ec2.send(
      new CreateSecurityGroupCommand({ GroupName: "bastion", Description: "ssh", VpcId: vpc.Vpc!.VpcId! }),
    );
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: sg.GroupId!,
        IpPermissions: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
      }),
    );
    const key = await new KMSClient(cfg).send(new CreateKeyCommand({ Description: "data" }));
    keyId = key.KeyMetadata!.KeyId!;
    await new KMSClient(cfg).send(new EnableKeyRotationCommand({ KeyId: keyId }));
    await new S3Client(cfg).send(new CreateBucketCommand({ Bucket: "trail-logs" }));
    const trail = new CloudTrailClient(cfg);
    await trail.send(
      new CreateTrailCommand({
        Name: "main",
        S3BucketName: "trail-logs",
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
      }),
    );
    await trail.send(new StartLoggingCommand({ Name: "main" }));
    const config = new ConfigServiceClient(cfg);
    await config.send(
      new PutConfigurationRecorderCommand({
        ConfigurationRecorder: {
          name: "default",
          roleARN: "arn:aws:iam::123456789012:role/config",
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
        },
      }),
    );
    await config.send(
      new PutDeliveryChannelCommand({ DeliveryChannel: { name: "default", s3BucketName: "trail-logs" } }),
    );
    await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: "default" }));
    const iam = new IAMClient(cfg);
    const role = await iam.send(new CreateRoleCommand({ RoleName: "fn", AssumeRolePolicyDocument: TRUST }));
    await iam.send(
      new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 14, PasswordReusePrevention: 24 }),
    );
    const lambda = new LambdaClient(cfg);
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: "webhook",
        Runtime: "python3.12",
        Role: role.Role!.Arn!,
        Handler: "index.handler",
        Code: { ZipFile: new Uint8Array([80, 75, 5, 6, ...new Array(18).fill(0)]) },
        Environment: { Variables: { DB_PASSWORD: "hunter2", TABLE_NAME: "orders" } },
      }),
    );
    await lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: "webhook", AuthType: "NONE" }));
    await new ElasticLoadBalancingV2Client(cfg)
      .send(
        new CreateLoadBalancerCommand({
          Name: "web",
          Subnets: [],
          SecurityGroups: [sg.GroupId!],
          Scheme: "internet-facing",
        }),
      )
      .catch(() => undefined);
    await new SNSClient(cfg).send(
      new CreateTopicCommand({ Name: "alerts", Attributes: { KmsMasterKeyId: keyId } }),
    );
    await new SQSClient(cfg).send(new CreateQueueCommand({ QueueName: "jobs" }));
    await new DynamoDBClient(cfg).send(
      new CreateTableCommand({
        TableName: "orders",
        KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
    await new ECRClient(cfg).send(new CreateRepositoryCommand({ repositoryName: "app" }));
    await new EKSClient(cfg).send(
      new CreateClusterCommand({
        name: "prod",
        roleArn: role.Role!.Arn!,
        resourcesVpcConfig: { subnetIds: [], endpointPublicAccess: true },
      }),
    );
    await new SecretsManagerClient(cfg).send(
      new CreateSecretCommand({ Name: "db", SecretString: "x", KmsKeyId: keyId }),
    );
    out = await scanAws({
      rules: builtinRules(),
      endpointUrl: moto.endpoint,
      credentials: TEST_CREDENTIALS,
      regions: ["us-east-1"],
    });
  });
  after(async () => moto?.stop());

  const one = (type: string, name: string): Resource => {
    const r = out.resources.find((x) => x.type === type && x.name === name);
    assert.ok(r, `${type} ${name} among ${out.resources.map((x) => `${x.type}:${x.name}`).join(", ")}`);
    return r;
  };

  it("collects without errors", () => {
    assert.deepEqual(out.report.errors, []);
  });

  it("EC2: the security group's world-open SSH rule, as a range", () => {
    const sg = one("firewall_rule", "bastion");
    const rules = sg.config["rules"] as { direction: string; ports: unknown; sources: unknown }[];
    const ssh = rules.find((r) => r.direction === "ingress");
    assert.deepEqual(ssh?.ports, [{ from: 22, to: 22 }]);
    assert.deepEqual(ssh?.sources, ["0.0.0.0/0"]);
    assert.ok(
      out.report.findings.some(
        (f) => f.rule_id === "firewall-restricts-management-ports" && f.resource.name === "bastion",
      ),
    );
  });

  it("KMS: customer key with rotation; its id resolves other resources' keys", () => {
    const key = out.resources.find((r) => r.type === "kms_key");
    assert.equal(key?.config["rotation_enabled"], true);
    const secret = one("secret", "db");
    assert.deepEqual((secret.config["encryption"] as Record<string, unknown>)["customer_managed_key"], true);
    const topic = one("topic", "alerts");
    assert.deepEqual(topic.config["encryption"], {
      enabled: true,
      customer_managed_key: true,
      key_id: keyId,
    });
  });

  it("CloudTrail and Config", () => {
    const trail = one("audit_log", "main");
    assert.equal(trail.config["enabled"], true);
    assert.equal(trail.config["multi_region"], true);
    assert.equal(trail.config["log_file_validation"], true);
    assert.ok(trail.links?.some((l) => l.target === "arn:aws:s3:::trail-logs"));
    const rec = one("config_recorder", "default");
    assert.equal(rec.config["enabled"], true);
    assert.equal(rec.config["include_global_resources"], true);
  });

  it("IAM password policy", () => {
    const pp = out.resources.find((r) => r.type === "password_policy");
    assert.equal(pp?.config["min_length"], 14);
    assert.equal(pp?.config["reuse_prevention"], 24);
  });

  it("Lambda: public URL and a secret-like environment variable", () => {
    const fn = one("function", "webhook");
    assert.equal(fn.config["public_url"], true);
    assert.deepEqual(fn.config["env_secret_names"], ["DB_PASSWORD"]);
  });

  it("SQS, DynamoDB, ECR, EKS", () => {
    assert.equal(one("queue", "jobs").config["public_access"], false);
    assert.deepEqual(one("nosql_table", "orders").config["point_in_time_recovery"], { enabled: false });
    assert.equal(one("container_registry", "app").config["scan_on_push"], false);
    assert.equal(one("container_cluster", "prod").config["public_endpoint"], true);
  });
});
