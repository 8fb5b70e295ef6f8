import { ruleTester } from "../testing/tester.ts";
import { awsEksEndpointNotPublic } from "./aws-eks-endpoint-not-public.ts";

ruleTester(awsEksEndpointNotPublic, {
  fail: [
    {
      name: "default public endpoint",
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
      path: "public_endpoint",
    },
  ],
  pass: [
    {
      name: "private only",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}
`,
    },
  ],
});
