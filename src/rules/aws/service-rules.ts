/** The AWS rules for compute, network, database, serverless, container and messaging services. */
import type { Rule } from "../rule.ts";
import { awsAlbDropsInvalidHeaders } from "./aws-alb-drops-invalid-headers.ts";
import { awsAlbWafAttached } from "./aws-alb-waf-attached.ts";
import { awsAmiEncrypted } from "./aws-ami-encrypted.ts";
import { awsApiGatewayCacheEncrypted } from "./aws-api-gateway-cache-encrypted.ts";
import { awsApiGatewayDomainUsesTls12 } from "./aws-api-gateway-domain-uses-tls-1-2.ts";
import { awsApiGatewayExecutionLoggingEnabled } from "./aws-api-gateway-execution-logging-enabled.ts";
import { awsApiGatewayMethodRequiresAuthorization } from "./aws-api-gateway-method-requires-authorization.ts";
import { awsApiGatewayStageAccessLoggingEnabled } from "./aws-api-gateway-stage-access-logging-enabled.ts";
import { awsApiGatewayStageTracingEnabled } from "./aws-api-gateway-stage-tracing-enabled.ts";
import { awsApiGatewayWafAttached } from "./aws-api-gateway-waf-attached.ts";
import { awsCloudfrontLoggingEnabled } from "./aws-cloudfront-logging-enabled.ts";
import { awsCloudfrontS3OriginAccessRestricted } from "./aws-cloudfront-s3-origin-access-restricted.ts";
import { awsCloudfrontUsesTls12 } from "./aws-cloudfront-uses-tls-1-2.ts";
import { awsCloudfrontViewerHttpsOnly } from "./aws-cloudfront-viewer-https-only.ts";
import { awsCloudfrontWafAttached } from "./aws-cloudfront-waf-attached.ts";
import { awsDefaultSecurityGroupRestrictsAllTraffic } from "./aws-default-security-group-restricts-all-traffic.ts";
import { awsDynamodbEncryptedWithCmk } from "./aws-dynamodb-encrypted-with-cmk.ts";
import { awsDynamodbPointInTimeRecoveryEnabled } from "./aws-dynamodb-point-in-time-recovery-enabled.ts";
import { awsEc2BlockDevicesEncrypted } from "./aws-ec2-block-devices-encrypted.ts";
import { awsEc2Imdsv2Required } from "./aws-ec2-imdsv2-required.ts";
import { awsEc2InstanceHasIamProfile } from "./aws-ec2-instance-has-iam-profile.ts";
import { awsEcrEncryptedWithCmk } from "./aws-ecr-encrypted-with-cmk.ts";
import { awsEcrImageTagsImmutable } from "./aws-ecr-image-tags-immutable.ts";
import { awsEcrRepositoryNotPublic } from "./aws-ecr-repository-not-public.ts";
import { awsEcrScanOnPushEnabled } from "./aws-ecr-scan-on-push-enabled.ts";
import { awsEcsTaskEnvHasNoPlaintextSecrets } from "./aws-ecs-task-env-has-no-plaintext-secrets.ts";
import { awsEcsTaskNotHostNetwork } from "./aws-ecs-task-not-host-network.ts";
import { awsEcsTaskNotPrivileged } from "./aws-ecs-task-not-privileged.ts";
import { awsEcsTaskReadOnlyRootFilesystem } from "./aws-ecs-task-read-only-root-filesystem.ts";
import { awsEfsEncrypted } from "./aws-efs-encrypted.ts";
import { awsEfsNotPublic } from "./aws-efs-not-public.ts";
import { awsEksControlPlaneAuditLoggingEnabled } from "./aws-eks-control-plane-audit-logging-enabled.ts";
import { awsEksEndpointNotPublic } from "./aws-eks-endpoint-not-public.ts";
import { awsEksPublicEndpointRestricted } from "./aws-eks-public-endpoint-restricted.ts";
import { awsEksSecretsEncrypted } from "./aws-eks-secrets-encrypted.ts";
import { awsElasticacheAuthRequired } from "./aws-elasticache-auth-required.ts";
import { awsElasticacheEncryptedAtRest } from "./aws-elasticache-encrypted-at-rest.ts";
import { awsElasticacheEncryptedInTransit } from "./aws-elasticache-encrypted-in-transit.ts";
import { awsElbAccessLogsEnabled } from "./aws-elb-access-logs-enabled.ts";
import { awsElbDeletionProtectionEnabled } from "./aws-elb-deletion-protection-enabled.ts";
import { awsElbListenerUsesHttps } from "./aws-elb-listener-uses-https.ts";
import { awsElbListenerUsesModernTlsPolicy } from "./aws-elb-listener-uses-modern-tls-policy.ts";
import { awsElbTlsPolicyHasNoWeakCiphers } from "./aws-elb-tls-policy-has-no-weak-ciphers.ts";
import { awsElbClassicListenersUseTls } from "./aws-elb-classic-listeners-use-tls.ts";
import { awsElbClassicCrossZoneEnabled } from "./aws-elb-classic-cross-zone-enabled.ts";
import { awsLambdaEnvHasNoPlaintextSecrets } from "./aws-lambda-env-has-no-plaintext-secrets.ts";
import { awsLambdaFunctionUrlRequiresAuth } from "./aws-lambda-function-url-requires-auth.ts";
import { awsLambdaNotPubliclyInvokable } from "./aws-lambda-not-publicly-invokable.ts";
import { awsLambdaRuntimeSupported } from "./aws-lambda-runtime-supported.ts";
import { awsLambdaTracingEnabled } from "./aws-lambda-tracing-enabled.ts";
import { awsOpensearchAuditLoggingEnabled } from "./aws-opensearch-audit-logging-enabled.ts";
import { awsOpensearchEncryptedAtRest } from "./aws-opensearch-encrypted-at-rest.ts";
import { awsOpensearchHttpsEnforced } from "./aws-opensearch-https-enforced.ts";
import { awsOpensearchInVpc } from "./aws-opensearch-in-vpc.ts";
import { awsOpensearchNodeToNodeEncryptionEnabled } from "./aws-opensearch-node-to-node-encryption-enabled.ts";
import { awsOpensearchNotPublic } from "./aws-opensearch-not-public.ts";
import { awsRdsAutoMinorVersionUpgradeEnabled } from "./aws-rds-auto-minor-version-upgrade-enabled.ts";
import { awsRdsIamAuthenticationEnabled } from "./aws-rds-iam-authentication-enabled.ts";
import { awsRdsLogsExported } from "./aws-rds-logs-exported.ts";
import { awsRdsMultiAzEnabled } from "./aws-rds-multi-az-enabled.ts";
import { awsRdsPerformanceInsightsEncryptedWithCmk } from "./aws-rds-performance-insights-encrypted-with-cmk.ts";
import { awsRedshiftAuditLoggingEnabled } from "./aws-redshift-audit-logging-enabled.ts";
import { awsSecretsmanagerEncryptedWithCmk } from "./aws-secretsmanager-encrypted-with-cmk.ts";
import { awsSecretsmanagerRotationEnabled } from "./aws-secretsmanager-rotation-enabled.ts";
import { awsSecretsmanagerSecretNotPublic } from "./aws-secretsmanager-secret-not-public.ts";
import { awsSnsTopicEncrypted } from "./aws-sns-topic-encrypted.ts";
import { awsSnsTopicNotPublic } from "./aws-sns-topic-not-public.ts";
import { awsSqsQueueEncrypted } from "./aws-sqs-queue-encrypted.ts";
import { awsSqsQueueNotPublic } from "./aws-sqs-queue-not-public.ts";
import { awsVpcSubnetDoesNotAssignPublicIp } from "./aws-vpc-subnet-does-not-assign-public-ip.ts";

export const serviceRules: Rule[] = [
  awsAlbDropsInvalidHeaders,
  awsAlbWafAttached,
  awsAmiEncrypted,
  awsApiGatewayCacheEncrypted,
  awsApiGatewayDomainUsesTls12,
  awsApiGatewayExecutionLoggingEnabled,
  awsApiGatewayMethodRequiresAuthorization,
  awsApiGatewayStageAccessLoggingEnabled,
  awsApiGatewayStageTracingEnabled,
  awsApiGatewayWafAttached,
  awsCloudfrontLoggingEnabled,
  awsCloudfrontS3OriginAccessRestricted,
  awsCloudfrontUsesTls12,
  awsCloudfrontViewerHttpsOnly,
  awsCloudfrontWafAttached,
  awsDefaultSecurityGroupRestrictsAllTraffic,
  awsDynamodbEncryptedWithCmk,
  awsDynamodbPointInTimeRecoveryEnabled,
  awsEc2BlockDevicesEncrypted,
  awsEc2Imdsv2Required,
  awsEc2InstanceHasIamProfile,
  awsEcrEncryptedWithCmk,
  awsEcrImageTagsImmutable,
  awsEcrRepositoryNotPublic,
  awsEcrScanOnPushEnabled,
  awsEcsTaskEnvHasNoPlaintextSecrets,
  awsEcsTaskNotHostNetwork,
  awsEcsTaskNotPrivileged,
  awsEcsTaskReadOnlyRootFilesystem,
  awsEfsEncrypted,
  awsEfsNotPublic,
  awsEksControlPlaneAuditLoggingEnabled,
  awsEksEndpointNotPublic,
  awsEksPublicEndpointRestricted,
  awsEksSecretsEncrypted,
  awsElasticacheAuthRequired,
  awsElasticacheEncryptedAtRest,
  awsElasticacheEncryptedInTransit,
  awsElbAccessLogsEnabled,
  awsElbDeletionProtectionEnabled,
  awsElbListenerUsesHttps,
  awsElbListenerUsesModernTlsPolicy,
  awsElbTlsPolicyHasNoWeakCiphers,
  awsElbClassicListenersUseTls,
  awsElbClassicCrossZoneEnabled,
  awsLambdaEnvHasNoPlaintextSecrets,
  awsLambdaFunctionUrlRequiresAuth,
  awsLambdaNotPubliclyInvokable,
  awsLambdaRuntimeSupported,
  awsLambdaTracingEnabled,
  awsOpensearchAuditLoggingEnabled,
  awsOpensearchEncryptedAtRest,
  awsOpensearchHttpsEnforced,
  awsOpensearchInVpc,
  awsOpensearchNodeToNodeEncryptionEnabled,
  awsOpensearchNotPublic,
  awsRdsAutoMinorVersionUpgradeEnabled,
  awsRdsIamAuthenticationEnabled,
  awsRdsLogsExported,
  awsRdsMultiAzEnabled,
  awsRdsPerformanceInsightsEncryptedWithCmk,
  awsRedshiftAuditLoggingEnabled,
  awsSecretsmanagerEncryptedWithCmk,
  awsSecretsmanagerRotationEnabled,
  awsSecretsmanagerSecretNotPublic,
  awsSnsTopicEncrypted,
  awsSnsTopicNotPublic,
  awsSqsQueueEncrypted,
  awsSqsQueueNotPublic,
  awsVpcSubnetDoesNotAssignPublicIp,
];
