import { ruleTester } from "../testing/tester.ts";
import { kmsKeyRotationEnabled } from "./kms-key-rotation-enabled.ts";

ruleTester(kmsKeyRotationEnabled, {
  fail: [
    {
      name: "rotation off by default",
      format: "terraform",
      files: `resource "aws_kms_key" "data" {
  description = "data key"
}
`,
      line: 1,
    },
    {
      name: "rotation explicitly off",
      format: "terraform",
      files: `resource "aws_kms_key" "data" {
  description         = "data key"
  enable_key_rotation = false
}
`,
      line: 3,
      path: "rotation_enabled",
    },
  ],
  pass: [
    {
      name: "rotation on",
      format: "terraform",
      files: `resource "aws_kms_key" "data" {
  description         = "data key"
  enable_key_rotation = true
}
`,
    },
  ],
});
