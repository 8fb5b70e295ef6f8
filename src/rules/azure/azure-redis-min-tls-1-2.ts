import { settingRule, tlsAtLeast } from "./setting-rule.ts";

/** Azure Cache for Redis requires TLS 1.2 or later. */
export const azureRedisMinTls12 = settingRule(
  {
    id: "azure-redis-min-tls-1-2",
    title: "Azure Cache for Redis requires TLS 1.2 or later",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["cache_cluster"],
    rationale:
      "TLS 1.0 and 1.1 are deprecated and weak; a cache that accepts them exposes cached data and access keys to downgrade attacks.",
    remediation: {
      text: 'Set `minimum_tls_version = "1.2"`.',
      code: {
        terraform: `resource "azurerm_redis_cache" "cache" {
  name                = "contoso-cache"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-cache-for-redis/cache-remove-tls-10-11"],
  },
  {
    path: "min_tls_version",
    ok: (v) => tlsAtLeast(v, "1.2"),
    message: (r, v) => `Redis cache ${r.name} accepts TLS ${String(v)}`,
  },
);
