import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsS3BucketReplicationEnabled: Rule = {
  id: "aws-s3-bucket-replication-enabled",
  title: "S3 buckets replicate objects to another bucket",
  severity: "info",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Cross-region replication keeps a copy of the data if a region, or the bucket itself, is lost; it is a resilience measure, reported for information.",
  remediation: {
    text: "Add a replication configuration to a bucket in another region (versioning is required on both).",
    code: {
      terraform: `resource "aws_s3_bucket_replication_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  role   = aws_iam_role.replication.arn
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket        = aws_s3_bucket.replica.arn
      storage_class = "STANDARD_IA"
    }
  }
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html"],
  check(resource) {
    return expectBool(
      resource,
      "replication_enabled",
      true,
      `Bucket ${resource.name} does not replicate its objects`,
    );
  },
};
