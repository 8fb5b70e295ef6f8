import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceHttp2Enabled } from "./azure-app-service-http2-enabled.ts";

ruleTester(azureAppServiceHttp2Enabled, {
  fail: [
    {
      name: "default off",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
  }
}
`,
    },
    {
      name: "legacy function explicitly off",
      format: "terraform",
      line: 10,
      files: `resource "azurerm_function_app" "fn" {
  name                       = "contoso-func"
  location                   = "westeurope"
  resource_group_name        = "rg-web"
  app_service_plan_id        = azurerm_app_service_plan.plan.id
  storage_account_name       = azurerm_storage_account.fn.name
  storage_account_access_key = azurerm_storage_account.fn.primary_access_key

  site_config {
    http2_enabled = false
  }
}
`,
    },
  ],
  pass: [
    {
      name: "on",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    http2_enabled = true
  }
}
`,
    },
  ],
});
