import { settingRule, onlyEngines } from "./setting-rule.ts";

/** Azure database servers keep geo-redundant backups. */
export const azureDatabaseGeoRedundantBackupEnabled = settingRule(
  {
    id: "azure-database-geo-redundant-backup-enabled",
    title: "Azure database servers keep geo-redundant backups",
    severity: "low",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Locally redundant backups are lost with the region; geo-redundant backups allow a restore after a regional outage or disaster.",
    remediation: {
      text: "Set `geo_redundant_backup_enabled = true` (set at creation).",
      code: {
        terraform: `resource "azurerm_mysql_flexible_server" "main" {
  name                         = "contoso-mysql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  sku_name                     = "GP_Standard_D2ds_v4"
  backup_retention_days        = 14
  geo_redundant_backup_enabled = true
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"],
  },
  {
    path: "geo_redundant_backup",
    skipWhen: onlyEngines("postgres", "mysql", "mariadb"),
    ok: (v) => v === true,
    message: (r) => `Database server ${r.name} keeps backups in one region only`,
  },
);
