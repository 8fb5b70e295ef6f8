import { ruleTester } from "../testing/tester.ts";
import { storageBucketAccessLoggingEnabled } from "./storage-bucket-access-logging-enabled.ts";

ruleTester(storageBucketAccessLoggingEnabled, {
  fail: [
    {
      name: "bucket without access logging",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
      line: 1,
      message: "acme-data",
    },
  ],
  pass: [
    {
      name: "logging resource",
      format: "terraform",
      files: `resource "aws_s3_bucket" "logs" {
  bucket = "acme-access-logs"
  logging {
    target_bucket = "acme-access-logs-archive"
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}
`,
    },
    {
      name: "legacy inline logging block",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  logging {
    target_bucket = "acme-access-logs"
    target_prefix = "data/"
  }
}
`,
    },
  ],
});
