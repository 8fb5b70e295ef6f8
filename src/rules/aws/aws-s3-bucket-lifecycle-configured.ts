import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsS3BucketLifecycleConfigured: Rule = {
  id: "aws-s3-bucket-lifecycle-configured",
  title: "S3 buckets have a lifecycle configuration",
  severity: "low",
  category: "cost",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Lifecycle rules expire or archive old objects and noncurrent versions; without them data is kept (and paid for, and exposed) indefinitely.",
  remediation: {
    text: "Add an enabled lifecycle rule that expires or transitions objects and noncurrent versions.",
    code: {
      terraform: `resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "expire-old-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html"],
  check(resource) {
    return expectBool(
      resource,
      "lifecycle_rules",
      true,
      `Bucket ${resource.name} has no enabled lifecycle rule`,
    );
  },
};
