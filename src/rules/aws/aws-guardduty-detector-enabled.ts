import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsGuarddutyDetectorEnabled: Rule = {
  id: "aws-guardduty-detector-enabled",
  title: "GuardDuty detectors are enabled",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["threat_detection"],
  rationale:
    "GuardDuty watches CloudTrail, VPC flow and DNS logs for known attack patterns (credential exfiltration, crypto-mining, reconnaissance); a disabled detector produces no findings.",
  remediation: {
    text: "Set enable = true on the detector (and enable it in every region).",
    code: {
      terraform: `resource "aws_guardduty_detector" "main" {
  enable = true
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html"],
  check(resource) {
    return expectBool(resource, "enabled", true, "GuardDuty detector is disabled");
  },
};
