import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketWebsiteHostingDisabled } from "./aws-s3-bucket-website-hosting-disabled.ts";

ruleTester(awsS3BucketWebsiteHostingDisabled, {
  fail: [
    {
      name: "website configuration resource",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_website_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  index_document {
    suffix = "index.html"
  }
}
`,
      line: 5,
    },
    {
      name: "legacy inline website block",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  website {
    index_document = "index.html"
  }
}
`,
      line: 3,
    },
  ],
  pass: [
    {
      name: "no website",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
    },
  ],
});
