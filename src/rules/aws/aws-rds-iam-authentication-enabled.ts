import { settingRule, onlyWhen } from "./setting-rule.ts";

export const awsRdsIamAuthenticationEnabled = settingRule({
  id: "aws-rds-iam-authentication-enabled",
  title: "RDS and Neptune databases accept IAM database authentication",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["database_instance"],
  rationale:
    "IAM database authentication replaces long-lived database passwords with short-lived tokens issued to IAM principals, so access is granted, audited and revoked centrally and no password sits in application config.",
  remediation: {
    text: "Set `iam_database_authentication_enabled = true` and grant `rds-db:connect` to the application role.",
    code: {
      terraform: `resource "aws_db_instance" "app" {
  identifier                          = "app"
  engine                              = "postgres"
  instance_class                      = "db.t4g.medium"
  iam_database_authentication_enabled = true
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-10",
    "https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html",
  ],
  path: "iam_auth",
  ok: (v) => v === true,
  message: (r) => `Database ${r.name} does not accept IAM database authentication`,
  applies: onlyWhen(
    "engine",
    // Neptune accepts IAM database authentication too (SigV4-signed requests).
    (v) => typeof v === "string" && /mysql|postgres|mariadb|aurora|neptune/.test(v),
    "the engine does not support IAM authentication",
  ),
});
