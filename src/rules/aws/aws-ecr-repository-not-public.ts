import { settingRule } from "./setting-rule.ts";

export const awsEcrRepositoryNotPublic = settingRule({
  id: "aws-ecr-repository-not-public",
  title: "ECR repository policies do not grant access to everyone",
  severity: "critical",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["container_registry"],
  rationale:
    "A repository policy allowing principal `*` without a restricting condition lets any AWS account pull (or, with push actions, replace) the images, exposing code and baked-in secrets or poisoning deployments.",
  remediation: {
    text: "Grant named accounts or your organization (`aws:PrincipalOrgID`) only.",
    code: {
      terraform: `resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "OrgPull"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }
    }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html"],
  path: "public_access",
  ok: (v) => v === false,
  message: (r) => `ECR repository ${r.name} policy grants access to any principal`,
});
