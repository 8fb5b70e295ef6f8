import { expectNumber } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsCloudwatchLogGroupRetentionSet: Rule = {
  id: "aws-cloudwatch-log-group-retention-set",
  title: "CloudWatch log groups keep events for a set period of at least a year",
  severity: "low",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["log_group"],
  rationale:
    "Log groups keep events forever by default (cost grows without bound, and data outlives its purpose); a retention shorter than a year loses the history most investigations and audits need.",
  remediation: {
    text: "Set retention_in_days to 365 or more (or the period your policy requires).",
    code: {
      terraform: `resource "aws_cloudwatch_log_group" "app" {
  name              = "app"
  retention_in_days = 365
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html",
  ],
  check(resource) {
    return expectNumber(
      resource,
      "retention_days",
      (n) => n !== null && n >= 365,
      (n) =>
        n === null
          ? `Log group ${resource.name} keeps events forever (no retention set)`
          : `Log group ${resource.name} keeps events only ${n} days`,
    );
  },
};
