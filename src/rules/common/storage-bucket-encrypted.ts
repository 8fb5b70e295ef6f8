import { isUnknown } from "../../model/value.ts";
import { getPath } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

export const storageBucketEncrypted: Rule = {
  id: "storage-bucket-encrypted",
  title: "Storage buckets encrypt objects at rest",
  severity: "high",
  category: "encryption",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Encryption at rest protects objects if the storage media or a backup copy is exposed, and is required by " +
    "most compliance regimes. All three clouds now encrypt by default; a bucket is flagged only where a " +
    "configuration turns encryption off.",
  remediation: {
    text: "Configure server-side encryption for the bucket, preferably with a customer-managed KMS key.",
    code: {
      terraform: `resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html"],
  check(resource) {
    const v = getPath(resource.config, "encryption.enabled");
    if (v === undefined) return skip("encryption is not expressed by this source");
    if (isUnknown(v)) return undetermined(`encryption: ${v.reason}`);
    if (v === true) return pass();
    return fail(`Bucket ${resource.name} does not encrypt objects at rest`, "encryption.enabled");
  },
};
