import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsCloudtrailCloudwatchIntegrated: Rule = {
  id: "aws-cloudtrail-cloudwatch-integrated",
  title: "CloudTrail delivers events to CloudWatch Logs",
  severity: "low",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["audit_log"],
  rationale:
    "Metric filters and alarms on API activity (root use, policy changes, console failures) need the trail's events in CloudWatch Logs; S3 delivery alone allows only after-the-fact analysis.",
  remediation: {
    text: "Set cloud_watch_logs_group_arn and cloud_watch_logs_role_arn on the trail.",
    code: {
      terraform: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_cloudwatch.arn
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
  ],
  check(resource) {
    return expectBool(
      resource,
      "cloudwatch_logs",
      true,
      `Trail ${resource.name} does not deliver events to CloudWatch Logs`,
    );
  },
};
