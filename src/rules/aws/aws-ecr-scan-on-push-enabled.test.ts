import { ruleTester } from "../testing/tester.ts";
import { awsEcrScanOnPushEnabled } from "./aws-ecr-scan-on-push-enabled.ts";

ruleTester(awsEcrScanOnPushEnabled, {
  fail: [
    {
      name: "scan disabled",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
  image_scanning_configuration {
    scan_on_push = false
  }
}
`,
      line: 4,
      path: "scan_on_push",
    },
    {
      name: "no scanning configuration",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
}
`,
      path: "scan_on_push",
    },
  ],
  pass: [
    {
      name: "scan on push",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
  image_scanning_configuration {
    scan_on_push = true
  }
}
`,
    },
    {
      name: "enhanced registry scanning",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_registry_scanning_configuration" "this" {
  scan_type = "ENHANCED"
  rule {
    scan_frequency = "CONTINUOUS_SCAN"
    repository_filter {
      filter      = "*"
      filter_type = "WILDCARD"
    }
  }
}
`,
    },
  ],
});
