import { settingRule } from "./setting-rule.ts";

export const awsEfsNotPublic = settingRule({
  id: "aws-efs-not-public",
  title: "EFS file system policies do not grant access to everyone",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["file_system"],
  rationale:
    "A file system policy allowing any principal without a condition lets any AWS identity that reaches a mount target mount and write the file system.",
  remediation: {
    text: "Grant named roles, or require `aws:PrincipalOrgID`, `aws:SourceVpc` or access points in the policy.",
    code: {
      terraform: `resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.app.arn }
      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
      Resource  = aws_efs_file_system.shared.arn
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html"],
  path: "public_access",
  ok: (v) => v === false,
  message: (r) => `EFS file system ${r.name} policy grants access to any principal`,
});
