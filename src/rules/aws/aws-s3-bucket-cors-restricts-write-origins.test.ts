import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketCorsRestrictsWriteOrigins } from "./aws-s3-bucket-cors-restricts-write-origins.ts";

ruleTester(awsS3BucketCorsRestrictsWriteOrigins, {
  fail: [
    {
      name: "wildcard origin with PUT",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_cors_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  cors_rule {
    allowed_methods = ["GET", "PUT"]
    allowed_origins = ["*"]
  }
}
`,
      line: 5,
      path: "cors_allows_any_origin_write",
    },
  ],
  pass: [
    {
      name: "wildcard origin read-only",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_cors_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["*"]
  }
}
`,
    },
    {
      name: "named origin may write (legacy inline)",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  cors_rule {
    allowed_methods = ["PUT"]
    allowed_origins = ["https://app.example.com"]
  }
}
`,
    },
  ],
});
