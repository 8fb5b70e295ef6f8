import { ruleTester } from "../testing/tester.ts";
import { diskEncrypted } from "./disk-encrypted.ts";

ruleTester(diskEncrypted, {
  fail: [
    {
      name: "volume with encrypted = false",
      format: "terraform",
      files: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false
}
`,
      line: 4,
      path: "encryption.enabled",
    },
    {
      name: "volume without encryption and no account default",
      format: "terraform",
      files: `resource "aws_ebs_volume" "logs" {
  availability_zone = "eu-west-1a"
  size              = 20
}
`,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "encrypted with a KMS key",
      format: "terraform",
      files: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    },
    {
      name: "account default encryption covers the volume",
      format: "terraform",
      files: `resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 50
}
`,
    },
  ],
});
