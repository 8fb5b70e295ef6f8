import { ruleTester } from "../testing/tester.ts";
import { azureRedisPatchScheduleSet } from "./azure-redis-patch-schedule-set.ts";

ruleTester(azureRedisPatchScheduleSet, {
  fail: [
    {
      name: "none",
      format: "terraform",
      files: `resource "azurerm_redis_cache" "cache" {
  name                = "contoso-cache"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}
`,
    },
  ],
  pass: [
    {
      name: "Sunday 02:00",
      format: "terraform",
      files: `resource "azurerm_redis_cache" "cache" {
  name                = "contoso-cache"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"

  patch_schedule {
    day_of_week    = "Sunday"
    start_hour_utc = 2
  }
}
`,
    },
  ],
});
