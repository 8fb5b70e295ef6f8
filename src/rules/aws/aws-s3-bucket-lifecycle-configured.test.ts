import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketLifecycleConfigured } from "./aws-s3-bucket-lifecycle-configured.ts";

ruleTester(awsS3BucketLifecycleConfigured, {
  fail: [
    {
      name: "no lifecycle",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
      line: 1,
    },
    {
      name: "lifecycle rule disabled",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "archive"
    status = "Disabled"
    filter {}
    transition {
      days          = 30
      storage_class = "GLACIER"
    }
  }
}
`,
      line: 5,
    },
  ],
  pass: [
    {
      name: "lifecycle resource",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "archive"
    status = "Enabled"
    filter {}
    transition {
      days          = 30
      storage_class = "GLACIER"
    }
  }
}
`,
    },
    {
      name: "legacy inline lifecycle_rule",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  lifecycle_rule {
    enabled = true
    expiration {
      days = 365
    }
  }
}
`,
    },
  ],
});
