import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsEbsDefaultEncryptionEnabled: Rule = {
  id: "aws-ebs-default-encryption-enabled",
  title: "EBS encryption by default is on",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["account_setting"],
  rationale:
    "With default encryption on, every new EBS volume and snapshot copy in the region is encrypted even when its own configuration forgets to ask. CIS requires it in every region.",
  remediation: {
    text: "Enable EBS encryption by default (optionally with a customer-managed default key).",
    code: {
      terraform: `resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}`,
      cli: "aws ec2 enable-ebs-encryption-by-default",
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html"],
  check(resource) {
    return expectBool(resource, "ebs_default_encryption", true, "EBS encryption by default is turned off");
  },
};
