import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketEncryptedWithCmk } from "./aws-s3-bucket-encrypted-with-cmk.ts";

ruleTester(awsS3BucketEncryptedWithCmk, {
  fail: [
    {
      name: "default SSE-S3",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
      line: 1,
    },
    {
      name: "aws:kms without a key uses the AWS managed key",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
`,
      line: 9,
    },
  ],
  pass: [
    {
      name: "customer-managed key",
      format: "terraform",
      files: `resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}
`,
    },
  ],
});
