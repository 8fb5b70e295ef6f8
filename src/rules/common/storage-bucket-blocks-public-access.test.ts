import { ruleTester } from "../testing/tester.ts";
import { storageBucketBlocksPublicAccess } from "./storage-bucket-blocks-public-access.ts";

ruleTester(storageBucketBlocksPublicAccess, {
  fail: [
    {
      name: "policy document grants Principal * on a Resource computed at apply time",
      format: "terraform",
      files: `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

data "aws_iam_policy_document" "read" {
  statement {
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.site.arn}/*"]
  }
}

resource "aws_s3_bucket_policy" "read" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.read.json
}
`,
      line: 18,
    },
    {
      name: "public policy on a bucket declared elsewhere",
      format: "terraform",
      files: `resource "aws_s3_bucket_policy" "site" {
  bucket = "acme-site"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-site/*" }]
  })
}
`,
      line: 3,
    },
    {
      name: "staging bucket made public by a separate public-read ACL, no public access block",
      format: "terraform",
      files: `resource "aws_s3_bucket" "staging" {
  bucket = "acme-staging-assets"
}

resource "aws_s3_bucket_ownership_controls" "staging" {
  bucket = aws_s3_bucket.staging.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "staging" {
  bucket = aws_s3_bucket.staging.id
  acl    = "public-read"
}
`,
      line: 14,
      path: "public_access",
      message: "ACL grants access to everyone",
    },
    {
      name: "bucket policy allows Principal * to read objects",
      format: "terraform",
      files: `resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-reports/*"
    }]
  })
}
`,
      message: "policy allows any principal",
    },
    {
      name: "legacy inline acl argument (provider v3)",
      format: "terraform",
      files: `resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  acl    = "public-read-write"
}
`,
      line: 3,
    },
    {
      name: "public policy is not stopped by a block that only blocks ACLs",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-half-blocked"
}

resource "aws_s3_bucket_public_access_block" "b" {
  bucket             = aws_s3_bucket.b.id
  block_public_acls  = true
  ignore_public_acls = true
}

resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "s3:*", "Resource": "arn:aws:s3:::acme-half-blocked/*"}
  ]
}
POLICY
}
`,
    },
  ],
  pass: [
    {
      name: "public policy on a bucket declared elsewhere, fenced by its block written here",
      format: "terraform",
      files: `resource "aws_s3_bucket_policy" "site" {
  bucket = "acme-site"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-site/*" }]
  })
}

resource "aws_s3_bucket_public_access_block" "site" {
  bucket                  = "acme-site"
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`,
    },
    {
      name: "private bucket",
      format: "terraform",
      files: `resource "aws_s3_bucket" "private" {
  bucket = "acme-private"
}
`,
    },
    {
      name: "public ACL neutralised by a public access block",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-blocked"
}

resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`,
    },
    {
      name: "Principal * restricted to the organization",
      format: "terraform",
      files: `resource "aws_s3_bucket" "shared" {
  bucket = "acme-shared"
}

data "aws_iam_policy_document" "shared" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-shared/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = data.aws_iam_policy_document.shared.json
}
`,
    },
    {
      name: "public policy with an account-level public access block in the same configuration",
      format: "terraform",
      files: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "b" {
  bucket = "acme-account-blocked"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-account-blocked/*" }]
  })
}
`,
    },
    {
      name: "log-delivery-write ACL is not public",
      format: "terraform",
      files: `resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  acl    = "log-delivery-write"
}
`,
    },
  ],
});
