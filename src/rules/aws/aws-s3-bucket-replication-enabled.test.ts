import { ruleTester } from "../testing/tester.ts";
import { awsS3BucketReplicationEnabled } from "./aws-s3-bucket-replication-enabled.ts";

ruleTester(awsS3BucketReplicationEnabled, {
  fail: [
    {
      name: "no replication",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
`,
      line: 1,
    },
  ],
  pass: [
    {
      name: "replication resource",
      format: "terraform",
      files: `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_replication_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  role   = "arn:aws:iam::111122223333:role/s3-replication"
  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::acme-data-replica"
    }
  }
}
`,
    },
  ],
});
