import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceRuntimeSupported } from "./azure-app-service-runtime-supported.ts";

ruleTester(azureAppServiceRuntimeSupported, {
  fail: [
    {
      name: "PHP 7.4",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    application_stack {
      php_version = "7.4"
    }
  }
}
`,
    },
    {
      name: "legacy Python 2.7",
      format: "terraform",
      files: `resource "azurerm_app_service" "web" {
  name                = "contoso-legacy"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = azurerm_app_service_plan.plan.id

  site_config {
    dotnet_framework_version = "v4.0"
    python_version = "2.7"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "Python 3.12",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    application_stack {
      python_version = "3.12"
    }
  }
}
`,
    },
    {
      name: "PHP 8.3",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    application_stack {
      php_version = "8.3"
    }
  }
}
`,
    },
  ],
});
