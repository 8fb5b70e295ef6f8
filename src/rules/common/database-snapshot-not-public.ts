import type { Rule } from "../rule.ts";
import { expectSetting, isFalse } from "./expect-setting.ts";

export const databaseSnapshotNotPublic: Rule = {
  id: "database-snapshot-not-public",
  title: "Database snapshots are not public",
  severity: "critical",
  category: "public_exposure",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["database_snapshot"],
  rationale: "A public RDS snapshot can be restored by any AWS account, handing over the whole database.",
  remediation: {
    text: "Remove `all` from the snapshot's shared accounts.",
    code: {
      terraform: `resource "aws_db_snapshot" "nightly" {
  db_instance_identifier = aws_db_instance.main.identifier
  db_snapshot_identifier = "nightly"
  shared_accounts        = [] # never ["all"]
}`,
      cli: "aws rds modify-db-snapshot-attribute --db-snapshot-identifier <id> --attribute-name restore --values-to-remove all",
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "public",
      isFalse,
      `Database snapshot ${resource.name} can be restored by anyone (public)`,
    );
  },
};
