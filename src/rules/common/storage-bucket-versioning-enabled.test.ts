import { ruleTester } from "../testing/tester.ts";
import { storageBucketVersioningEnabled } from "./storage-bucket-versioning-enabled.ts";

ruleTester(storageBucketVersioningEnabled, {
  fail: [
    {
      name: "no versioning configured",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-unversioned"
}
`,
      line: 1,
    },
    {
      name: "versioning resource suspends it",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-suspended"
}

resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Suspended"
  }
}
`,
      line: 8,
      path: "versioning.enabled",
    },
    {
      name: "legacy inline block disabled",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-legacy"
  versioning {
    enabled = false
  }
}
`,
      line: 4,
    },
  ],
  pass: [
    {
      name: "versioning resource enabled",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-versioned"
}

resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    },
    {
      name: "companion names the bucket literally",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-literal"
}

resource "aws_s3_bucket_versioning" "b" {
  bucket = "acme-literal"
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    },
    {
      name: "legacy inline block enabled",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-legacy-on"
  versioning {
    enabled = true
  }
}
`,
    },
  ],
});
