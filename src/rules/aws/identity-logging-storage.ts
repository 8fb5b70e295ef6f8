/** The AWS rules for S3, IAM, KMS, CloudTrail, Config, CloudWatch, GuardDuty and account settings. */
import type { Rule } from "../rule.ts";
import { awsCloudtrailCloudwatchIntegrated } from "./aws-cloudtrail-cloudwatch-integrated.ts";
import { awsCloudtrailEncryptedWithKms } from "./aws-cloudtrail-encrypted-with-kms.ts";
import { awsCloudtrailS3DataEventsEnabled } from "./aws-cloudtrail-s3-data-events-enabled.ts";
import { awsCloudwatchLogGroupEncryptedWithKms } from "./aws-cloudwatch-log-group-encrypted-with-kms.ts";
import { awsCloudwatchLogGroupRetentionSet } from "./aws-cloudwatch-log-group-retention-set.ts";
import { awsConfigRecorderRecordsAllResources } from "./aws-config-recorder-records-all-resources.ts";
import { awsEbsDefaultEncryptionEnabled } from "./aws-ebs-default-encryption-enabled.ts";
import { awsGuarddutyDetectorEnabled } from "./aws-guardduty-detector-enabled.ts";
import { awsIamNoCloudshellFullAccess } from "./aws-iam-no-cloudshell-full-access.ts";
import { awsIamPasswordPolicyAllowsPasswordChange } from "./aws-iam-password-policy-allows-password-change.ts";
import { awsIamPasswordPolicyExpiresPasswords } from "./aws-iam-password-policy-expires-passwords.ts";
import { awsIamPasswordPolicyMinLength14 } from "./aws-iam-password-policy-min-length-14.ts";
import { awsIamPasswordPolicyPreventsReuse } from "./aws-iam-password-policy-prevents-reuse.ts";
import { awsIamPasswordPolicyRequiresLowercase } from "./aws-iam-password-policy-requires-lowercase.ts";
import { awsIamPasswordPolicyRequiresNumbers } from "./aws-iam-password-policy-requires-numbers.ts";
import { awsIamPasswordPolicyRequiresSymbols } from "./aws-iam-password-policy-requires-symbols.ts";
import { awsIamPasswordPolicyRequiresUppercase } from "./aws-iam-password-policy-requires-uppercase.ts";
import { awsIamPolicyNoFullAdmin } from "./aws-iam-policy-no-full-admin.ts";
import { awsIamPolicyNoNotActionAllow } from "./aws-iam-policy-no-not-action-allow.ts";
import { awsIamPolicyNoPrivilegeEscalation } from "./aws-iam-policy-no-privilege-escalation.ts";
import { awsIamPolicyPassroleRestricted } from "./aws-iam-policy-passrole-restricted.ts";
import { awsIamRoleCrossAccountTrustRequiresExternalId } from "./aws-iam-role-cross-account-trust-requires-external-id.ts";
import { awsIamRoleTrustNotPublic } from "./aws-iam-role-trust-not-public.ts";
import { awsIamUserPermissionsThroughGroups } from "./aws-iam-user-permissions-through-groups.ts";
import { awsIamUserSingleAccessKey } from "./aws-iam-user-single-access-key.ts";
import { awsKmsKeyEnabled } from "./aws-kms-key-enabled.ts";
import { awsKmsKeyPolicyNotPublic } from "./aws-kms-key-policy-not-public.ts";
import { awsS3AccountPublicAccessBlockEnabled } from "./aws-s3-account-public-access-block-enabled.ts";
import { awsS3BucketAclsDisabled } from "./aws-s3-bucket-acls-disabled.ts";
import { awsS3BucketCorsRestrictsWriteOrigins } from "./aws-s3-bucket-cors-restricts-write-origins.ts";
import { awsS3BucketEncryptedWithCmk } from "./aws-s3-bucket-encrypted-with-cmk.ts";
import { awsS3BucketHttpsOnly } from "./aws-s3-bucket-https-only.ts";
import { awsS3BucketLifecycleConfigured } from "./aws-s3-bucket-lifecycle-configured.ts";
import { awsS3BucketMfaDeleteEnabled } from "./aws-s3-bucket-mfa-delete-enabled.ts";
import { awsS3BucketPublicAccessBlockEnabled } from "./aws-s3-bucket-public-access-block-enabled.ts";
import { awsS3BucketReplicationEnabled } from "./aws-s3-bucket-replication-enabled.ts";
import { awsS3BucketWebsiteHostingDisabled } from "./aws-s3-bucket-website-hosting-disabled.ts";

export const rules: Rule[] = [
  awsCloudtrailCloudwatchIntegrated,
  awsCloudtrailEncryptedWithKms,
  awsCloudtrailS3DataEventsEnabled,
  awsCloudwatchLogGroupEncryptedWithKms,
  awsCloudwatchLogGroupRetentionSet,
  awsConfigRecorderRecordsAllResources,
  awsEbsDefaultEncryptionEnabled,
  awsGuarddutyDetectorEnabled,
  awsIamNoCloudshellFullAccess,
  awsIamPasswordPolicyAllowsPasswordChange,
  awsIamPasswordPolicyExpiresPasswords,
  awsIamPasswordPolicyMinLength14,
  awsIamPasswordPolicyPreventsReuse,
  awsIamPasswordPolicyRequiresLowercase,
  awsIamPasswordPolicyRequiresNumbers,
  awsIamPasswordPolicyRequiresSymbols,
  awsIamPasswordPolicyRequiresUppercase,
  awsIamPolicyNoFullAdmin,
  awsIamPolicyNoNotActionAllow,
  awsIamPolicyNoPrivilegeEscalation,
  awsIamPolicyPassroleRestricted,
  awsIamRoleCrossAccountTrustRequiresExternalId,
  awsIamRoleTrustNotPublic,
  awsIamUserPermissionsThroughGroups,
  awsIamUserSingleAccessKey,
  awsKmsKeyEnabled,
  awsKmsKeyPolicyNotPublic,
  awsS3AccountPublicAccessBlockEnabled,
  awsS3BucketAclsDisabled,
  awsS3BucketCorsRestrictsWriteOrigins,
  awsS3BucketEncryptedWithCmk,
  awsS3BucketHttpsOnly,
  awsS3BucketLifecycleConfigured,
  awsS3BucketMfaDeleteEnabled,
  awsS3BucketPublicAccessBlockEnabled,
  awsS3BucketReplicationEnabled,
  awsS3BucketWebsiteHostingDisabled,
];
