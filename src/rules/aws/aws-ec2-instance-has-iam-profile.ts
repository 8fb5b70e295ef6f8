import { settingRule, onlyNative } from "./setting-rule.ts";

export const awsEc2InstanceHasIamProfile = settingRule({
  id: "aws-ec2-instance-has-iam-profile",
  title: "EC2 instances use an instance profile for AWS access",
  severity: "low",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["compute_instance"],
  rationale:
    "An instance without an instance profile that needs AWS access ends up with long-lived access keys in files or user data. A role delivers short-lived, automatically rotated credentials and can be scoped per workload.",
  remediation: {
    text: "Attach an instance profile whose role grants only what the workload needs.",
    code: {
      terraform: `resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = aws_iam_role.app.name
}

resource "aws_instance" "app" {
  ami                  = data.aws_ami.al2023.id
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8",
  ],
  path: "identity",
  ok: (v) => v !== null && v !== "",
  message: (r) => `Instance ${r.name} has no IAM instance profile`,
  applies: onlyNative("aws_instance"),
});
