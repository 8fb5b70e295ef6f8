import { settingRule } from "./setting-rule.ts";

export const awsEcrImageTagsImmutable = settingRule({
  id: "aws-ecr-image-tags-immutable",
  title: "ECR repositories make image tags immutable",
  severity: "medium",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["container_registry"],
  rationale:
    "With mutable tags, anyone who can push can replace the image behind `v1.2.3` or `prod`, so what is deployed is not what was reviewed and scanned.",
  remediation: {
    text: 'Set `image_tag_mutability = "IMMUTABLE"` and deploy by digest or unique tag.',
    code: {
      terraform: `resource "aws_ecr_repository" "app" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2",
  ],
  path: "tag_immutable",
  ok: (v) => v === true,
  message: (r) => `ECR repository ${r.name} allows image tags to be overwritten`,
});
