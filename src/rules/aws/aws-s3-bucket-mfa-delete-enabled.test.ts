import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildGraph } from "../../engine/graph.ts";
import type { Resource } from "../../model/resource.ts";
import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketMfaDeleteEnabled } from "./aws-s3-bucket-mfa-delete-enabled.ts";

ruleTester(awsS3BucketMfaDeleteEnabled, {
  fail: [
    {
      name: "versioning without MFA delete",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled"
  }
}
`,
      line: 9,
    },
    {
      name: "legacy inline versioning",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  versioning {
    enabled = true
  }
}
`,
    },
  ],
  pass: [
    {
      name: "MFA delete on",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  mfa    = "arn:aws:iam::111122223333:mfa/root 123456"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
`,
    },
    {
      name: "legacy inline mfa_delete",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  versioning {
    enabled    = true
    mfa_delete = true
  }
}
`,
    },
  ],
});

describe("aws-s3-bucket-mfa-delete-enabled on buckets with lifecycle rules", () => {
  it("does not apply: S3 refuses lifecycle rules on buckets with MFA delete", () => {
    const bucket: Resource = {
      uid: "main.tf#aws_s3_bucket.tmp",
      provider: "aws",
      type: "cloud_storage_bucket",
      native_type: "aws_s3_bucket",
      name: "acme-tmp",
      project: null,
      region: null,
      tags: {},
      config: { versioning: { enabled: false, mfa_delete: false }, lifecycle_rules: true },
      metadata: {},
      raw: {},
      source: { kind: "terraform" },
    };
    const result = awsS3BucketMfaDeleteEnabled.check(bucket, { graph: buildGraph([bucket]) });
    assert.equal(result.status, "skip");
  });
});
