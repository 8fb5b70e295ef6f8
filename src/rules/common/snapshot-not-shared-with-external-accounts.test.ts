import { ruleTester } from "../testing/tester.ts";
import { snapshotNotSharedWithExternalAccounts } from "./snapshot-not-shared-with-external-accounts.ts";

ruleTester(snapshotNotSharedWithExternalAccounts, {
  fail: [
    {
      name: "scenario C: database snapshot shared with another account",
      format: "terraform",
      files: `resource "aws_db_instance" "patients" {
  identifier     = "patients-prod"
  engine         = "postgres"
  instance_class = "db.r6g.large"
}

resource "aws_db_snapshot" "migration" {
  db_instance_identifier = aws_db_instance.patients.identifier
  db_snapshot_identifier = "patients-migration"
  shared_accounts        = ["222233334444"]
}
`,
      line: 10,
      path: "shared_with",
    },
    {
      name: "EBS snapshot create-volume permission for another account",
      format: "terraform",
      files: `resource "aws_ebs_snapshot" "data" {
  volume_id = "vol-0123456789abcdef0"
}

resource "aws_snapshot_create_volume_permission" "dev" {
  snapshot_id = aws_ebs_snapshot.data.id
  account_id  = "222233334444"
}
`,
      line: 7,
      path: "shared_with",
    },
  ],
  pass: [
    {
      name: "snapshot not shared",
      format: "terraform",
      files: `resource "aws_db_cluster_snapshot" "nightly" {
  db_cluster_identifier          = "orders"
  db_cluster_snapshot_identifier = "orders-nightly"
}
`,
    },
  ],
});
