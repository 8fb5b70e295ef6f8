import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "./expect-setting.ts";

/**
 * The guide's cost category ("idle resources, unattached volumes"). In IaC, "attached" means
 * attached by something in the same configuration: a volume attached at run time by other
 * tooling shows here, which is why this is low severity.
 */
export const diskAttachedToInstance: Rule = {
  id: "disk-attached-to-instance",
  title: "Disks are attached to an instance",
  severity: "low",
  category: "cost",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["disk"],
  rationale:
    "A volume attached to nothing is paid for every month and usually holds data nobody watches any more: " +
    "left over from a terminated instance or a migration, it is outside backup, patching and access reviews.",
  remediation: {
    text: "Attach the volume where it is needed, or snapshot it (encrypted) and delete it.",
    code: {
      terraform: `resource "aws_volume_attachment" "data" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.data.id
  instance_id = aws_instance.app.id
}`,
      cli: "aws ec2 describe-volumes --filters Name=status,Values=available",
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-detaching-volume.html"],
  check(resource) {
    return expectSetting(
      resource,
      "attached",
      isTrue,
      `Disk ${resource.name} is not attached to any instance in this configuration`,
    );
  },
};
