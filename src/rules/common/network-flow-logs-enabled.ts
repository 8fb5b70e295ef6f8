import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "./expect-setting.ts";

export const networkFlowLogsEnabled: Rule = {
  id: "network-flow-logs-enabled",
  title: "Networks record flow logs",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["network"],
  rationale:
    "Flow logs are the record of which addresses talked to which over the network: without them an " +
    "investigation cannot tell what a compromised host reached or where data went, and anomalous traffic goes unseen.",
  remediation: {
    text: "Deliver flow logs for the network (rejected traffic at least, all traffic preferably) to a log group or bucket.",
    code: {
      terraform: `resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6",
  ],
  check(resource) {
    return expectSetting(resource, "flow_logs.enabled", isTrue, `Network ${resource.name} has no flow logs`);
  },
};
