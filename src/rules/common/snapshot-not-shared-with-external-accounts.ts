import { getPath, isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

export const snapshotNotSharedWithExternalAccounts: Rule = {
  id: "snapshot-not-shared-with-external-accounts",
  title: "Snapshots and images are not shared with other accounts",
  severity: "high",
  category: "data_protection",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["disk_snapshot", "database_snapshot", "machine_image"],
  rationale:
    "A snapshot shared with another account leaves your control: it is protected only by that account's access " +
    "controls and retention, and can be restored there long after the reason for sharing has passed. This is " +
    "how a migration copy of a production database ends up exfiltrated from a weaker development account.",
  remediation: {
    text:
      "Stop sharing the snapshot, or share only with accounts of your own organization and for a limited time; " +
      "never share unencrypted snapshots (encrypted ones also need a grant on the KMS key).",
    code: {
      terraform: `resource "aws_db_snapshot" "migration" {
  db_instance_identifier = aws_db_instance.main.identifier
  db_snapshot_identifier = "migration"
  # shared_accounts removed
}`,
      cli: "aws rds modify-db-snapshot-attribute --db-snapshot-identifier <id> --attribute-name restore --values-to-remove <account-id>",
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html",
  ],
  check(resource) {
    const shared = getPath(resource.config, "shared_with");
    if (shared === undefined) return skip("sharing is not expressed by this source");
    if (isUnknown(shared)) return undetermined(`shared_with: ${shared.reason}`);
    if (!Array.isArray(shared) || shared.length === 0) return pass();
    const enc = getPath(resource.config, "encryption.enabled");
    const plain = enc === false ? " and it is not encrypted" : "";
    const what = resource.type === "machine_image" ? "Image" : "Snapshot";
    return fail(
      `${what} ${resource.name} is shared with ${shared.map(String).join(", ")}${plain}`,
      "shared_with",
    );
  },
};
