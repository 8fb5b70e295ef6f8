import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketAclsDisabled } from "./aws-s3-bucket-acls-disabled.ts";

ruleTester(awsS3BucketAclsDisabled, {
  fail: [
    {
      name: "ownership controls allow ACLs",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "ObjectWriter"
  }
}
`,
      line: 8,
      path: "uniform_access",
    },
    {
      name: "grant blocks on a legacy bucket",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/s3/LogDelivery"
    permissions = ["WRITE", "READ_ACP"]
  }
}
`,
      line: 3,
    },
  ],
  pass: [
    {
      name: "default for new buckets",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
    },
    {
      name: "bucket owner enforced",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
`,
    },
  ],
});
