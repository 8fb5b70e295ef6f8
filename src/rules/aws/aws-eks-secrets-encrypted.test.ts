import { ruleTester } from "../testing/tester.ts";
import { awsEksSecretsEncrypted } from "./aws-eks-secrets-encrypted.ts";

ruleTester(awsEksSecretsEncrypted, {
  fail: [
    {
      name: "no encryption_config",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}
`,
      line: 1,
      path: "secrets_encryption.enabled",
    },
  ],
  pass: [
    {
      name: "secrets encrypted",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
}
`,
    },
  ],
});
