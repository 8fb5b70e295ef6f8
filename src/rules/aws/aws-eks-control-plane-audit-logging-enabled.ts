import { settingRule } from "./setting-rule.ts";

export const awsEksControlPlaneAuditLoggingEnabled = settingRule({
  id: "aws-eks-control-plane-audit-logging-enabled",
  title: "EKS clusters send API and audit logs to CloudWatch",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["container_cluster"],
  rationale:
    "The Kubernetes audit and API server logs record who did what in the cluster; without them a compromised workload or credential abusing the API leaves no record.",
  remediation: {
    text: "Include at least `api`, `audit` and `authenticator` in `enabled_cluster_log_types`.",
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
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8",
  ],
  path: "control_plane_logs",
  ok: (v) => Array.isArray(v) && ["api", "audit", "authenticator"].every((t) => v.includes(t)),
  message: (r) => `EKS cluster ${r.name} does not log api, audit and authenticator events`,
});
