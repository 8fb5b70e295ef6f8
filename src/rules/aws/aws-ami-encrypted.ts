import { settingRule } from "./setting-rule.ts";

export const awsAmiEncrypted = settingRule({
  id: "aws-ami-encrypted",
  title: "AMIs are backed by encrypted snapshots",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["machine_image"],
  rationale:
    "Instances launched from an AMI with unencrypted snapshots get unencrypted volumes unless the launch asks otherwise, and the image itself can be copied and restored in the clear by anyone it is shared with.",
  remediation: {
    text: "Register images from encrypted snapshots, or copy the image with `encrypted = true` and deregister the unencrypted one.",
    code: {
      terraform: `resource "aws_ami_copy" "app" {
  name              = "app-encrypted"
  source_ami_id     = aws_ami.app.id
  source_ami_region = "eu-west-1"
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIEncryption.html"],
  path: "encryption.enabled",
  ok: (v) => v === true,
  message: (r) => `Image ${r.name} has an unencrypted EBS snapshot`,
});
