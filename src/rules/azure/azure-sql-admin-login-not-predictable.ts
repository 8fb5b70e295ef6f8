import { settingRule } from "./setting-rule.ts";

/** Azure database administrator logins are not well-known names. */
export const azureSqlAdminLoginNotPredictable = settingRule(
  {
    id: "azure-sql-admin-login-not-predictable",
    title: "Azure database administrator logins are not well-known names",
    severity: "low",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Password-guessing tools try well-known administrator names first; a predictable login halves the attacker's work.",
    remediation: {
      text: "Choose a non-obvious `administrator_login` (it forces a new server) and prefer Entra ID administrators.",
      code: {
        terraform: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "ctso-dbops-7f3"
  administrator_login_password = var.sql_password
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/azure-sql/database/logins-create-manage"],
  },
  {
    path: "admin_login",
    ok: (v) =>
      v === null ||
      ![
        "admin",
        "administrator",
        "sa",
        "root",
        "sqladmin",
        "dbadmin",
        "azure_superuser",
        "guest",
        "user",
        "test",
      ].includes(String(v).toLowerCase()),
    message: (r, v) => `Database server ${r.name} uses the predictable administrator login ${String(v)}`,
  },
);
