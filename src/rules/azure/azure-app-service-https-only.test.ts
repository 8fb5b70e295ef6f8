import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceHttpsOnly } from "./azure-app-service-https-only.ts";

ruleTester(azureAppServiceHttpsOnly, {
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
      name: "legacy app explicitly off",
      format: "terraform",
      line: 6,
      files: `resource "azurerm_app_service" "web" {
  name                = "contoso-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = azurerm_app_service_plan.plan.id
  https_only = false

  site_config {
    dotnet_framework_version = "v4.0"
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
  https_only = true

  site_config {
  }
}
`,
    },
  ],
});
