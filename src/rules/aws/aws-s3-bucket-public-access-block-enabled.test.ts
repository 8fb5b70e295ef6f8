import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketPublicAccessBlockEnabled } from "./aws-s3-bucket-public-access-block-enabled.ts";

ruleTester(awsS3BucketPublicAccessBlockEnabled, {
  fail: [
    {
      name: "block for a bucket declared elsewhere, alone in its file",
      format: "terraform",
      files: `resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = "acme-logs"
  block_public_acls       = false
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`,
      line: 3,
      path: "public_access_block.block_public_acls",
    },
    {
      name: "no public access block",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
      line: 1,
      message: "block_public_acls",
    },
    {
      name: "block with restrict_public_buckets off",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = false
}
`,
      line: 10,
      path: "public_access_block.restrict_public_buckets",
    },
  ],
  pass: [
    {
      name: "all four on",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`,
    },
    {
      name: "account-level block in the same configuration",
      format: "terraform",
      files: `resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
    },
  ],
});
