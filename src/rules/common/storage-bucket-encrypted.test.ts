import { ruleTester } from "../testing/tester.ts";
import { storageBucketEncrypted } from "./storage-bucket-encrypted.ts";

// S3 encrypts every bucket by default (SSE-S3) since January 2023, so Terraform cannot turn
// encryption off for AWS: the failing cases come from sources that can (live shape).
ruleTester(storageBucketEncrypted, {
  fail: [
    {
      name: "a live bucket reported without encryption",
      format: "aws",
      resources: () => [
        {
          uid: "arn:aws:s3:::acme-old",
          provider: "aws",
          type: "cloud_storage_bucket",
          native_type: "AWS::S3::Bucket",
          name: "acme-old",
          project: "123456789012",
          region: "us-east-1",
          tags: {},
          config: { public_access: false, encryption: { enabled: false } },
          metadata: {},
          raw: {},
          source: { kind: "aws", account: "123456789012", region: "us-east-1" },
        },
      ],
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "bucket without configuration gets SSE-S3 by default",
      format: "terraform",
      files: `resource "aws_s3_bucket" "b" {
  bucket = "acme-default-encrypted"
}
`,
    },
    {
      name: "bucket with a KMS encryption configuration resource",
      format: "terraform",
      files: `resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "b" {
  bucket = "acme-kms"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}
`,
    },
  ],
});
