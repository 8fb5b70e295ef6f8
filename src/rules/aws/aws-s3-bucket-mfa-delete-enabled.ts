import { expectBool } from "./judge.ts";
import { skip, type Rule } from "../rule.ts";

export const awsS3BucketMfaDeleteEnabled: Rule = {
  id: "aws-s3-bucket-mfa-delete-enabled",
  title: "S3 buckets require MFA to delete object versions",
  severity: "low",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "With MFA delete, permanently deleting an object version or suspending versioning needs the root user's MFA code, so stolen credentials alone cannot destroy the version history.",
  remediation: {
    text: 'Enable versioning with mfa_delete = "Enabled" (the root user must apply it with an MFA code).',
    code: {
      terraform: `resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-and-other-bucket-config.html",
  ],
  check(resource) {
    // S3 refuses lifecycle configurations on buckets with MFA delete: a bucket that expires objects
    // by lifecycle rules cannot also turn MFA delete on, so the control does not apply to it.
    if (resource.config["lifecycle_rules"] === true)
      return skip("MFA delete cannot be combined with the bucket's lifecycle rules");
    return expectBool(
      resource,
      "versioning.mfa_delete",
      true,
      `Bucket ${resource.name} does not require MFA to delete object versions`,
    );
  },
};
