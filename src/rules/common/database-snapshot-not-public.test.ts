import { ruleTester } from "../testing/tester.ts";
import { databaseSnapshotNotPublic } from "./database-snapshot-not-public.ts";

ruleTester(databaseSnapshotNotPublic, {
  fail: [
    {
      name: "snapshot shared with all",
      format: "terraform",
      files: `resource "aws_db_snapshot" "demo" {
  db_instance_identifier = "demo"
  db_snapshot_identifier = "demo-public"
  shared_accounts        = ["all"]
}
`,
      line: 4,
      path: "public",
    },
  ],
  pass: [
    {
      name: "snapshot shared with nobody",
      format: "terraform",
      files: `resource "aws_db_snapshot" "demo" {
  db_instance_identifier = "demo"
  db_snapshot_identifier = "demo-private"
}
`,
    },
  ],
});
