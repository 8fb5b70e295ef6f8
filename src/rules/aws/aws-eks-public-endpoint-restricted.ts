import { isWorldSource } from "../common/firewall-exposure.ts";
import { settingRule, onlyWhen } from "./setting-rule.ts";

export const awsEksPublicEndpointRestricted = settingRule({
  id: "aws-eks-public-endpoint-restricted",
  title: "Public EKS endpoints are restricted to known networks",
  severity: "high",
  category: "network",
  providers: ["aws"],
  resource_types: ["container_cluster"],
  rationale:
    "When the API endpoint must stay public, `public_access_cidrs` defaults to 0.0.0.0/0; restricting it to office and CI ranges keeps the control plane out of reach of internet-wide scanning.",
  remediation: {
    text: "Set `public_access_cidrs` to the networks that administer the cluster, or make the endpoint private.",
    code: {
      terraform: `resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.eks.arn
  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["203.0.113.0/24"]
  }
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html"],
  path: "public_access_cidrs",
  ok: (v) => Array.isArray(v) && !v.some((c) => typeof c === "string" && isWorldSource(c)),
  message: (r) => `EKS cluster ${r.name} public endpoint accepts connections from 0.0.0.0/0`,
  applies: onlyWhen("public_endpoint", (v) => v === true, "the API endpoint is private"),
});
