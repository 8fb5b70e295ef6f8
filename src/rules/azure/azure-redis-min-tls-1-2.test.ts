import { ruleTester } from "../testing/tester.ts";
import { azureRedisMinTls12 } from "./azure-redis-min-tls-1-2.ts";

ruleTester(azureRedisMinTls12, {
  fail: [
    {
      name: "TLS 1.0",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_redis_cache" "cache" {
  name                = "contoso-cache"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.0"
}
`,
    },
  ],
  pass: [
    {
      name: "default 1.2",
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
});
