import type { Rule } from "../rule.ts";
import { expectSetting, isFalse } from "./expect-setting.ts";

export const databaseNotPubliclyAccessible: Rule = {
  id: "database-not-publicly-accessible",
  title: "Databases are not publicly accessible",
  severity: "critical",
  category: "public_exposure",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["database_instance"],
  rationale:
    "A database with a public endpoint can be reached from the internet by anyone the network rules let through; " +
    "one permissive security group or firewall rule away from a breach. Databases belong in private subnets, " +
    "reached by the application tier only.",
  remediation: {
    text: "Turn off public accessibility and place the database in private subnets.",
    code: {
      terraform: `resource "aws_db_instance" "main" {
  identifier           = "main"
  engine               = "postgres"
  instance_class       = "db.t4g.medium"
  publicly_accessible  = false
  db_subnet_group_name = aws_db_subnet_group.private.name
}`,
      cli: "aws rds modify-db-instance --db-instance-identifier <id> --no-publicly-accessible --apply-immediately",
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "public_access",
      isFalse,
      `Database ${resource.name} is publicly accessible`,
    );
  },
};
