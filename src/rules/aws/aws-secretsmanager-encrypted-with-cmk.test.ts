import { ruleTester } from "../testing/tester.ts";
import { awsSecretsmanagerEncryptedWithCmk } from "./aws-secretsmanager-encrypted-with-cmk.ts";

ruleTester(awsSecretsmanagerEncryptedWithCmk, {
  fail: [
    {
      name: "default key",
      format: "terraform",
      files: `resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}
`,
      path: "encryption.customer_managed_key",
    },
    {
      name: "AWS-managed alias",
      format: "terraform",
      files: `resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
  kms_key_id = "alias/aws/secretsmanager"
}
`,
      line: 3,
      path: "encryption.customer_managed_key",
    },
  ],
  pass: [
    {
      name: "customer key",
      format: "terraform",
      files: `resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    },
  ],
});
