import { ruleTester } from "../testing/tester.ts";
import { awsCloudtrailS3DataEventsEnabled } from "./aws-cloudtrail-s3-data-events-enabled.ts";

ruleTester(awsCloudtrailS3DataEventsEnabled, {
  fail: [
    {
      name: "management events only",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`,
      line: 1,
    },
    {
      name: "write-only data events",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  event_selector {
    read_write_type = "WriteOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
`,
      line: 6,
      message: "read events",
    },
  ],
  pass: [
    {
      name: "all S3 object events",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  event_selector {
    read_write_type = "All"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
`,
    },
    {
      name: "advanced selector for S3 data events",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  advanced_event_selector {
    name = "s3-data"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
  }
}
`,
    },
  ],
});
