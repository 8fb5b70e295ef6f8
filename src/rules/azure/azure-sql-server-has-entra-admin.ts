import { settingRule, onlyEngines } from "./setting-rule.ts";

/** Azure SQL servers have an Entra ID administrator. */
export const azureSqlServerHasEntraAdmin = settingRule(
  {
    id: "azure-sql-server-has-entra-admin",
    title: "Azure SQL servers have an Entra ID administrator",
    severity: "medium",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Entra ID authentication centralizes identities, enforces MFA and conditional access, and lets access be revoked in one place instead of per-server SQL logins.",
    remediation: {
      text: "Add an `azuread_administrator` block (or `azurerm_sql_active_directory_administrator`) naming an Entra group.",
      code: {
        terraform: `resource "azurerm_mssql_server" "main" {
  name                = "contoso-sql"
  resource_group_name = "rg-data"
  location            = "westeurope"
  version             = "12.0"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.sql_admins_group_id
    azuread_authentication_only = true
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-sql/database/authentication-aad-configure"],
  },
  {
    path: "aad_admin",
    skipWhen: onlyEngines("sqlserver"),
    ok: (v) => v === true,
    message: (r) => `SQL server ${r.name} has no Entra ID administrator, so only SQL logins can manage it`,
  },
);
