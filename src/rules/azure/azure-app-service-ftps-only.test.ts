import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceFtpsOnly } from "./azure-app-service-ftps-only.ts";

ruleTester(azureAppServiceFtpsOnly, {
  fail: [
    {
      name: "all allowed",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    ftps_state = "AllAllowed"
  }
}
`,
    },
    {
      name: "legacy function app default",
      format: "terraform",
      files: `resource "azurerm_function_app" "fn" {
  name                       = "contoso-func"
  location                   = "westeurope"
  resource_group_name        = "rg-web"
  app_service_plan_id        = azurerm_app_service_plan.plan.id
  storage_account_name       = azurerm_storage_account.fn.name
  storage_account_access_key = azurerm_storage_account.fn.primary_access_key

  site_config {
    http2_enabled = true
  }
}
`,
    },
  ],
  pass: [
    {
      name: "current resources default to Disabled",
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
      name: "legacy FTPS only",
      format: "terraform",
      files: `resource "azurerm_app_service" "web" {
  name                = "contoso-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = azurerm_app_service_plan.plan.id

  site_config {
    dotnet_framework_version = "v4.0"
    ftps_state = "FtpsOnly"
  }
}
`,
    },
  ],
});
