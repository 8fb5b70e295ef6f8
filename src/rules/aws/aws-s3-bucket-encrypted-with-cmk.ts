import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsS3BucketEncryptedWithCmk: Rule = {
  id: "aws-s3-bucket-encrypted-with-cmk",
  title: "S3 buckets are encrypted with a customer-managed KMS key",
  severity: "low",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "SSE-S3 and the AWS managed key protect the media, but anyone allowed to read the bucket reads the data. A customer-managed key adds a second, separately audited permission (kms:Decrypt) and lets you revoke access by disabling the key.",
  remediation: {
    text: "Configure SSE-KMS with a customer-managed key (and bucket keys to cut KMS costs).",
    code: {
      terraform: `resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    bucket_key_enabled = true
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html"],
  check(resource) {
    return expectBool(
      resource,
      "encryption.customer_managed_key",
      true,
      `Bucket ${resource.name} is not encrypted with a customer-managed KMS key`,
    );
  },
};
