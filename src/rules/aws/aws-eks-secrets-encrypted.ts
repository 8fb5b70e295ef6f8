import { settingRule } from "./setting-rule.ts";

export const awsEksSecretsEncrypted = settingRule({
  id: "aws-eks-secrets-encrypted",
  title: "EKS clusters envelope-encrypt Kubernetes secrets with KMS",
  severity: "high",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["container_cluster"],
  rationale:
    "Without envelope encryption, Kubernetes secrets are stored in etcd protected only by the volume encryption; a KMS key adds a second layer under your key policy and audit.",
  remediation: {
    text: "Add an `encryption_config` block for `secrets` with a customer-managed KMS key.",
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
    "https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3",
  ],
  path: "secrets_encryption.enabled",
  ok: (v) => v === true,
  message: (r) => `EKS cluster ${r.name} does not encrypt Kubernetes secrets with KMS`,
});
