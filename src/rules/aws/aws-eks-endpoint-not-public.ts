import { settingRule } from "./setting-rule.ts";

export const awsEksEndpointNotPublic = settingRule({
  id: "aws-eks-endpoint-not-public",
  title: "EKS cluster API endpoints are private",
  severity: "medium",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["container_cluster"],
  rationale:
    "A public Kubernetes API endpoint is reachable by anyone on the internet (by default from 0.0.0.0/0); every Kubernetes authentication or API server flaw is then exploitable remotely.",
  remediation: {
    text: "Turn on the private endpoint and off the public one; reach the API through a VPN or bastion.",
    code: {
      terraform: `resource "aws_eks_cluster" "main" {
  name                      = "main"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1",
  ],
  path: "public_endpoint",
  ok: (v) => v === false,
  message: (r) => `EKS cluster ${r.name} exposes its API endpoint publicly`,
});
