import { ruleTester } from "../testing/tester.ts";
import { awsEcrEncryptedWithCmk } from "./aws-ecr-encrypted-with-cmk.ts";

ruleTester(awsEcrEncryptedWithCmk, {
  fail: [
    {
      name: "default AES256",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
}
`,
      line: 1,
      path: "encryption.customer_managed_key",
    },
  ],
  pass: [
    {
      name: "customer key",
      format: "terraform",
      files: `resource "aws_ecr_repository" "app" {
  name = "app"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}
`,
    },
  ],
});
