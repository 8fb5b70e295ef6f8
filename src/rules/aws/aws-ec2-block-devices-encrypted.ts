import { settingRule } from "./setting-rule.ts";

export const awsEc2BlockDevicesEncrypted = settingRule({
  id: "aws-ec2-block-devices-encrypted",
  title: "EC2 instances and launch configurations encrypt their EBS block devices",
  severity: "high",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["compute_instance"],
  rationale:
    "Root and data volumes created with an instance or launch configuration are unencrypted unless each device asks for encryption or the account's default EBS encryption is on; their snapshots inherit that.",
  remediation: {
    text: "Set `encrypted = true` on every `root_block_device` and `ebs_block_device` (or block device mapping), or turn on EBS encryption by default.",
    code: {
      terraform: `resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = data.aws_ami.al2023.id
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted  = true
      kms_key_id = aws_kms_key.ebs.arn
    }
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
    "https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html",
  ],
  path: "disk_encryption.enabled",
  ok: (v) => v === true,
  message: (r) => `Instance ${r.name} has an unencrypted EBS block device`,
});
