import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "./expect-setting.ts";

export const databaseDeletionProtectionEnabled: Rule = {
  id: "database-deletion-protection-enabled",
  title: "Databases have deletion protection",
  severity: "low",
  category: "data_protection",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Deletion protection stops a mistaken `terraform destroy`, a replaced resource or a compromised credential " +
    "from deleting a production database in one call.",
  remediation: {
    text: "Turn deletion protection on for production databases.",
    code: {
      terraform: `resource "aws_rds_cluster" "main" {
  cluster_identifier  = "main"
  engine              = "aurora-postgresql"
  deletion_protection = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "deletion_protection",
      isTrue,
      `Database ${resource.name} has no deletion protection`,
    );
  },
};
