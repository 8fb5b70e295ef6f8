import { settingRule } from "./setting-rule.ts";

/** Azure Cache for Redis has a patch schedule. */
export const azureRedisPatchScheduleSet = settingRule(
  {
    id: "azure-redis-patch-schedule-set",
    title: "Azure Cache for Redis has a patch schedule",
    severity: "low",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["cache_cluster"],
    rationale:
      "A patch schedule makes Redis updates land in a known maintenance window, so security patches are applied predictably instead of deferred.",
    remediation: {
      text: 'Add a `patch_schedule { day_of_week = "Sunday", start_hour_utc = 2 }` block (Premium tier).',
      code: {
        terraform: `resource "azurerm_redis_cache" "cache" {
  name                = "contoso-cache"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"

  patch_schedule {
    day_of_week    = "Sunday"
    start_hour_utc = 2
  }
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-administration#schedule-updates",
    ],
  },
  {
    path: "patch_schedule",
    ok: (v) => v === true,
    message: (r) => `Redis cache ${r.name} has no patch schedule`,
  },
);
