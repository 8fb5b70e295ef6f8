import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceAuthenticationEnabled } from "./azure-app-service-authentication-enabled.ts";

ruleTester(azureAppServiceAuthenticationEnabled, {
  fail: [
    {
      name: "no auth",
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
      name: "legacy explicitly off",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_app_service" "web" {
  name                = "contoso-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = azurerm_app_service_plan.plan.id

  auth_settings {
    enabled = false
  }

  site_config {
    dotnet_framework_version = "v4.0"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "legacy on",
      format: "terraform",
      files: `resource "azurerm_app_service" "web" {
  name                = "contoso-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = azurerm_app_service_plan.plan.id

  auth_settings {
    enabled = true
  }

  site_config {
    dotnet_framework_version = "v4.0"
  }
}
`,
    },
    {
      name: "v2 on",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  auth_settings_v2 {
    auth_enabled = true
    login {}
  }

  site_config {
  }
}
`,
    },
  ],
});
