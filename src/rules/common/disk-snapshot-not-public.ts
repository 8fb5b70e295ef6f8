import type { Rule } from "../rule.ts";
import { expectSetting, isFalse } from "./expect-setting.ts";

export const diskSnapshotNotPublic: Rule = {
  id: "disk-snapshot-not-public",
  title: "Disk snapshots and machine images are not public",
  severity: "critical",
  category: "public_exposure",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["disk_snapshot", "machine_image"],
  rationale:
    "A public snapshot or image can be copied and mounted by any cloud account in the world; researchers " +
    "routinely find credentials, databases and source code in public EBS snapshots and AMIs.",
  remediation: {
    text: "Remove the public (`all`) permission; share with named accounts only when needed.",
    code: {
      terraform: `resource "aws_ami_launch_permission" "partner" {
  image_id   = aws_ami.app.id
  account_id = "111122223333" # never group = "all"
}`,
      cli: "aws ec2 modify-snapshot-attribute --snapshot-id <id> --attribute createVolumePermission --operation-type remove --group-names all",
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html",
  ],
  check(resource) {
    const what = resource.type === "machine_image" ? "Image" : "Snapshot";
    return expectSetting(
      resource,
      "public",
      isFalse,
      `${what} ${resource.name} can be used by anyone (public)`,
    );
  },
};
