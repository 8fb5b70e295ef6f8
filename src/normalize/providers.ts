/** Registers every provider's normalizers. Each provider folder exports its list. */
import { registerNormalizers } from "./registry.ts";
import { normalizers as awsS3 } from "./terraform/aws/s3.ts";
import { normalizers as awsIam } from "./terraform/aws/iam.ts";
import { normalizers as awsKms } from "./terraform/aws/kms.ts";
import { normalizers as awsCloudTrail } from "./terraform/aws/cloudtrail.ts";
import { normalizers as awsConfig } from "./terraform/aws/config.ts";
import { normalizers as awsCloudWatch } from "./terraform/aws/cloudwatch.ts";
import { normalizers as awsAccount } from "./terraform/aws/account.ts";
import { normalizers as awsSecurityGroup } from "./terraform/aws/security-group.ts";
import { normalizers as awsNetworkAcl } from "./terraform/aws/network-acl.ts";
import { normalizers as awsVpc } from "./terraform/aws/vpc.ts";
import { normalizers as awsEc2 } from "./terraform/aws/ec2.ts";
import { normalizers as awsEbs } from "./terraform/aws/ebs.ts";
import { normalizers as awsRds } from "./terraform/aws/rds.ts";
import { normalizers as awsGraphDocumentDb } from "./terraform/aws/graph-document-db.ts";
import { normalizers as awsDbSecurityGroup } from "./terraform/aws/db-security-group.ts";
import { normalizers as awsRedshift } from "./terraform/aws/redshift.ts";
import { normalizers as awsDynamoDb } from "./terraform/aws/dynamodb.ts";
import { normalizers as awsLambda } from "./terraform/aws/lambda.ts";
import { normalizers as awsApiGateway } from "./terraform/aws/api-gateway.ts";
import { normalizers as awsElb } from "./terraform/aws/elb.ts";
import { normalizers as awsCloudFront } from "./terraform/aws/cloudfront.ts";
import { normalizers as awsEcr } from "./terraform/aws/ecr.ts";
import { normalizers as awsEks } from "./terraform/aws/eks.ts";
import { normalizers as awsEcs } from "./terraform/aws/ecs.ts";
import { normalizers as awsSns } from "./terraform/aws/sns.ts";
import { normalizers as awsSqs } from "./terraform/aws/sqs.ts";
import { normalizers as awsSecretsManager } from "./terraform/aws/secretsmanager.ts";
import { normalizers as awsOpenSearch } from "./terraform/aws/opensearch.ts";
import { normalizers as awsElastiCache } from "./terraform/aws/elasticache.ts";
import { normalizers as awsEfs } from "./terraform/aws/efs.ts";
import { normalizers as azure } from "./terraform/azure/index.ts";
import { normalizers as gcp } from "./terraform/gcp/index.ts";
import { normalizers as cloudFormation } from "./cloudformation/index.ts";
import { normalizers as kubernetes } from "./kubernetes/index.ts";
import { normalizers as arm } from "./arm/index.ts";
registerNormalizers([
  ...awsSecurityGroup,
  ...awsNetworkAcl,
  ...awsVpc,
  ...awsEc2,
  ...awsEbs,
  ...awsRds,
  ...awsGraphDocumentDb,
  ...awsDbSecurityGroup,
  ...awsRedshift,
  ...awsDynamoDb,
  ...awsLambda,
  ...awsApiGateway,
  ...awsElb,
  ...awsCloudFront,
  ...awsEcr,
  ...awsEks,
  ...awsEcs,
  ...awsSns,
  ...awsSqs,
  ...awsSecretsManager,
  ...awsOpenSearch,
  ...awsElastiCache,
  ...awsEfs,
  ...awsS3,
  ...awsIam,
  ...awsKms,
  ...awsCloudTrail,
  ...awsConfig,
  ...awsCloudWatch,
  ...awsAccount,
  ...azure,
  ...gcp,
  ...cloudFormation,
  ...kubernetes,
  ...arm,
]);
