import { settingRule } from "./setting-rule.ts";

export const awsRdsAutoMinorVersionUpgradeEnabled = settingRule({
  id: "aws-rds-auto-minor-version-upgrade-enabled",
  title: "RDS instances apply minor engine upgrades automatically",
  severity: "low",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["database_instance"],
  rationale:
    "Minor engine versions carry security fixes. With automatic minor upgrades off, instances keep known vulnerabilities until someone schedules the upgrade by hand.",
  remediation: {
    text: "Leave `auto_minor_version_upgrade` at its default `true`.",
    code: {
      terraform: `resource "aws_db_instance" "app" {
  identifier                 = "app"
  engine                     = "mysql"
  instance_class             = "db.t4g.medium"
  auto_minor_version_upgrade = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13",
  ],
  path: "auto_minor_version_upgrade",
  ok: (v) => v === true,
  message: (r) => `Database ${r.name} has automatic minor version upgrades turned off`,
});
