import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketHttpsOnly } from "./aws-s3-bucket-https-only.ts";

ruleTester(awsS3BucketHttpsOnly, {
  fail: [
    {
      name: "no policy",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
      line: 1,
    },
    {
      name: "policy without a SecureTransport deny",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/reader" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-data/*"
    }]
  })
}
`,
      line: 7,
      path: "https_only",
    },
  ],
  pass: [
    {
      name: "deny when SecureTransport is false (jsonencode)",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-data", "arn:aws:s3:::acme-data/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`,
    },
    {
      name: "deny via aws_iam_policy_document",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::acme-data/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.tls.json
}
`,
    },
  ],
});
