import { settingRule } from "./setting-rule.ts";

/** Azure Cache for Redis has the non-TLS port disabled. */
export const azureRedisNonSslPortDisabled = settingRule(
  {
    id: "azure-redis-non-ssl-port-disabled",
    title: "Azure Cache for Redis has the non-TLS port disabled",
    severity: "high",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["cache_cluster"],
    rationale: "The non-TLS port sends the access key and cached data in clear text.",
    remediation: {
      text: "Set `non_ssl_port_enabled = false` (azurerm 3: `enable_non_ssl_port`), the default.",
      code: {
        terraform: `resource "azurerm_redis_cache" "cache" {
  name                 = "contoso-cache"
  location             = "westeurope"
  resource_group_name  = "rg-data"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = false
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-ports"],
  },
  {
    path: "transit_encryption",
    ok: (v) => v === true,
    message: (r) => `Redis cache ${r.name} accepts plain-text connections on port 6379`,
  },
);
