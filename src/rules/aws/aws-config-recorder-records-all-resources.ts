import { isUnknown } from "../../model/value.ts";
import { failAll, skip, undetermined, type Failure } from "../rule.ts";
import type { Rule } from "../rule.ts";

export const awsConfigRecorderRecordsAllResources: Rule = {
  id: "aws-config-recorder-records-all-resources",
  title: "AWS Config records all resources, including global ones",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["config_recorder"],
  rationale:
    "The Config recorder keeps the history of every resource's configuration for investigations and compliance; a stopped recorder, or one that skips resource types or IAM, leaves gaps. CIS asks for Config in every region.",
  remediation: {
    text: "Record all supported resource types including global ones, and start the recorder with aws_config_configuration_recorder_status.",
    code: {
      terraform: `resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html"],
  check(resource) {
    const failures: Failure[] = [];
    const checks = [
      ["enabled", "is not started"],
      ["all_resources", "does not record all resource types"],
      ["include_global_resources", "does not record global (IAM) resources"],
    ] as const;
    for (const [key, what] of checks) {
      const v = resource.config[key];
      if (v === undefined) return skip(`${key} is not expressed by this source`);
      if (isUnknown(v)) return undetermined(`${key}: ${v.reason}`);
      if (v !== true) failures.push({ message: `Config recorder ${resource.name} ${what}`, path: key });
    }
    return failAll(failures);
  },
};
