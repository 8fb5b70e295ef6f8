import { ruleTester } from "../testing/tester.ts";
import { awsEfsEncrypted } from "./aws-efs-encrypted.ts";

ruleTester(awsEfsEncrypted, {
  fail: [
    {
      name: "encrypted = false",
      format: "terraform",
      files: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = false
}
`,
      line: 3,
      path: "encryption.enabled",
    },
    {
      name: "not set",
      format: "terraform",
      files: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
}
`,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "encrypted",
      format: "terraform",
      files: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}
`,
    },
  ],
});
