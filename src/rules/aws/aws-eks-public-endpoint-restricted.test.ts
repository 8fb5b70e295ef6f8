import { ruleTester } from "../testing/tester.ts";
import { awsEksPublicEndpointRestricted } from "./aws-eks-public-endpoint-restricted.ts";

ruleTester(awsEksPublicEndpointRestricted, {
  fail: [
    {
      name: "default CIDR",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}
`,
      path: "public_access_cidrs",
    },
    {
      name: "explicit world CIDR",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    public_access_cidrs = ["0.0.0.0/0"]
  }
}
`,
      line: 6,
      path: "public_access_cidrs",
    },
  ],
  pass: [
    {
      name: "office range",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}
`,
    },
  ],
});
