import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsS3BucketHttpsOnly: Rule = {
  id: "aws-s3-bucket-https-only",
  title: "S3 bucket policies deny requests over plain HTTP",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "S3 accepts HTTP requests unless the bucket policy denies them; data and credentials-bearing requests can then cross networks unencrypted. A Deny on aws:SecureTransport = false enforces TLS for every caller.",
  remediation: {
    text: "Add a bucket policy statement that denies s3:* when aws:SecureTransport is false.",
    code: {
      terraform: `data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
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
  policy = data.aws_iam_policy_document.tls_only.json
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit"],
  check(resource) {
    return expectBool(
      resource,
      "https_only",
      true,
      `Bucket ${resource.name} does not deny requests over plain HTTP`,
    );
  },
};
