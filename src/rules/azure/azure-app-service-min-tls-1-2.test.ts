import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceMinTls12 } from "./azure-app-service-min-tls-1-2.ts";

ruleTester(azureAppServiceMinTls12, {
  fail: [
    {
      name: "TLS 1.0",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    minimum_tls_version = "1.0"
  }
}
`,
    },
    {
      name: "legacy TLS 1.1",
      format: "terraform",
      line: 9,
      files: `resource "azurerm_app_service" "web" {
  name                = "contoso-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = azurerm_app_service_plan.plan.id

  site_config {
    dotnet_framework_version = "v4.0"
    min_tls_version = "1.1"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "default 1.2",
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
      name: "1.3",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    minimum_tls_version = "1.3"
  }
}
`,
    },
  ],
});
