import { ruleTester } from "../testing/tester.ts";
import { awsRdsAutoMinorVersionUpgradeEnabled } from "./aws-rds-auto-minor-version-upgrade-enabled.ts";

ruleTester(awsRdsAutoMinorVersionUpgradeEnabled, {
  fail: [
    {
      name: "upgrades turned off on a cluster instance",
      format: "terraform",
      files: `resource "aws_rds_cluster_instance" "orders_1" {
  identifier                 = "orders-1"
  cluster_identifier         = "orders"
  instance_class             = "db.r6g.large"
  engine                     = "aurora-postgresql"
  auto_minor_version_upgrade = false
}
`,
      line: 6,
      path: "auto_minor_version_upgrade",
    },
  ],
  pass: [
    {
      name: "default on",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier     = "app"
  engine         = "mysql"
  instance_class = "db.t4g.medium"
}
`,
    },
  ],
});
