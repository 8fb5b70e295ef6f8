import { settingRule } from "./setting-rule.ts";

export const awsEcrScanOnPushEnabled = settingRule({
  id: "aws-ecr-scan-on-push-enabled",
  title: "ECR repositories scan images on push",
  severity: "low",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["container_registry"],
  rationale:
    "Scanning each pushed image finds known-vulnerable OS and language packages before they are deployed.",
  remediation: {
    text: "Set `image_scanning_configuration { scan_on_push = true }`, or turn on enhanced scanning for the registry.",
    code: {
      terraform: `resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1",
  ],
  path: "scan_on_push",
  ok: (v) => v === true,
  message: (r) => `ECR repository ${r.name} does not scan images on push`,
});
