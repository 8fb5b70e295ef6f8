import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "./expect-setting.ts";

export const databaseBackupRetentionEnabled: Rule = {
  id: "database-backup-retention-enabled",
  title: "Databases keep automated backups",
  severity: "medium",
  category: "data_protection",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Without automated backups there is no point-in-time recovery after corruption, a bad migration or ransomware " +
    "that encrypts or drops tables. A retention period of 0 turns backups off.",
  remediation: {
    text: "Set a backup retention period of at least 7 days.",
    code: {
      terraform: `resource "aws_db_instance" "main" {
  identifier              = "main"
  engine                  = "postgres"
  instance_class          = "db.t4g.medium"
  backup_retention_period = 14
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "backup.enabled",
      isTrue,
      `Database ${resource.name} has automated backups turned off`,
    );
  },
};
