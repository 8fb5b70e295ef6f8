import { ruleTester } from "../testing/tester.ts";
import { awsGuarddutyDetectorEnabled } from "./aws-guardduty-detector-enabled.ts";

ruleTester(awsGuarddutyDetectorEnabled, {
  fail: [
    {
      name: "disabled",
      format: "terraform",
      files: `resource "aws_guardduty_detector" "main" {
  enable = false
}
`,
      line: 2,
    },
  ],
  pass: [
    {
      name: "enabled by default",
      format: "terraform",
      files: `resource "aws_guardduty_detector" "main" {}
`,
    },
  ],
});
