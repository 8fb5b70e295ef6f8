import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceClientCertificatesRequired } from "./azure-app-service-client-certificates-required.ts";

ruleTester(azureAppServiceClientCertificatesRequired, {
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
      name: "enabled but optional",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id
  client_certificate_enabled = true
  client_certificate_mode    = "Optional"

  site_config {
  }
}
`,
    },
  ],
  pass: [
    {
      name: "required",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
  }
}
`,
    },
    {
      name: "legacy function app required",
      format: "terraform",
      files: `resource "azurerm_function_app" "fn" {
  name                       = "contoso-func"
  location                   = "westeurope"
  resource_group_name        = "rg-web"
  app_service_plan_id        = azurerm_app_service_plan.plan.id
  storage_account_name       = azurerm_storage_account.fn.name
  storage_account_access_key = azurerm_storage_account.fn.primary_access_key
  client_cert_mode = "Required"

  site_config {
  }
}
`,
    },
  ],
});
