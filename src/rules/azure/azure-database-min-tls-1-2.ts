import { settingRule, tlsAtLeast } from "./setting-rule.ts";

/** Azure database servers require TLS 1.2 or later. */
export const azureDatabaseMinTls12 = settingRule(
  {
    id: "azure-database-min-tls-1-2",
    title: "Azure database servers require TLS 1.2 or later",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "TLS 1.0 and 1.1 are deprecated and weak; a server that accepts them lets a downgraded client expose credentials and data.",
    remediation: {
      text: 'Set `minimum_tls_version = "1.2"` (SQL) or `ssl_minimal_tls_version_enforced = "TLS1_2"` (PostgreSQL / MySQL single server).',
      code: {
        terraform: `resource "azurerm_mssql_server" "main" {
  name                = "contoso-sql"
  resource_group_name = "rg-data"
  location            = "westeurope"
  version             = "12.0"
  minimum_tls_version = "1.2"
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
    ],
  },
  {
    path: "min_tls_version",
    ok: (v) => tlsAtLeast(v, "1.2"),
    message: (r, v) =>
      v === "none"
        ? `Database server ${r.name} does not enforce a minimum TLS version`
        : `Database server ${r.name} accepts TLS ${String(v)}`,
  },
);
