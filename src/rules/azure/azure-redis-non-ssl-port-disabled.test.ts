import { ruleTester } from "../testing/tester.ts";
import { azureRedisNonSslPortDisabled } from "./azure-redis-non-ssl-port-disabled.ts";

ruleTester(azureRedisNonSslPortDisabled, {
  fail: [
    {
      name: "non-TLS port on",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_redis_cache" "cache" {
  name                = "contoso-cache"
  location            = "westeurope"
  resource_group_name = "rg-data"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = true
}
`,
    },
  ],
  pass: [
    {
      name: "default off",
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
