import { ruleTester } from "../testing/tester.ts";
import { awsConfigRecorderRecordsAllResources } from "./aws-config-recorder-records-all-resources.ts";

ruleTester(awsConfigRecorderRecordsAllResources, {
  fail: [
    {
      name: "recorder never started",
      format: "terraform",
      files: `resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}
`,
      line: 1,
      message: "not started",
    },
    {
      name: "started but skips global resources",
      format: "terraform",
      files: `resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
}
`,
      message: "global",
    },
  ],
  pass: [
    {
      name: "all resources, started",
      format: "terraform",
      files: `resource "aws_config_configuration_recorder" "main" {
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
}
`,
    },
  ],
});
