import { ruleTester } from "../testing/tester.ts";
import { awsEksControlPlaneAuditLoggingEnabled } from "./aws-eks-control-plane-audit-logging-enabled.ts";

ruleTester(awsEksControlPlaneAuditLoggingEnabled, {
  fail: [
    {
      name: "only scheduler logs",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
  enabled_cluster_log_types = ["scheduler"]
}
`,
      line: 7,
      path: "control_plane_logs",
    },
    {
      name: "no logs",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}
`,
      path: "control_plane_logs",
    },
  ],
  pass: [
    {
      name: "all log types",
      format: "terraform",
      files: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}
`,
    },
  ],
});
