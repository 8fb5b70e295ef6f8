import { ruleTester } from "../testing/tester.ts";
import { awsCloudwatchLogGroupRetentionSet } from "./aws-cloudwatch-log-group-retention-set.ts";

ruleTester(awsCloudwatchLogGroupRetentionSet, {
  fail: [
    {
      name: "no retention",
      format: "terraform",
      files: `resource "aws_cloudwatch_log_group" "app" {
  name = "app"
}
`,
      line: 1,
    },
    {
      name: "one week",
      format: "terraform",
      files: `resource "aws_cloudwatch_log_group" "app" {
  name              = "app"
  retention_in_days = 7
}
`,
      line: 3,
    },
  ],
  pass: [
    {
      name: "one year",
      format: "terraform",
      files: `resource "aws_cloudwatch_log_group" "app" {
  name              = "app"
  retention_in_days = 365
}
`,
    },
  ],
});
