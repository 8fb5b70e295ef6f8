import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceManagedIdentity } from "./azure-app-service-managed-identity.ts";

ruleTester(azureAppServiceManagedIdentity, {
  fail: [
    {
      name: "none",
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
  ],
  pass: [
    {
      name: "system assigned",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  identity {
    type = "SystemAssigned"
  }

  site_config {
  }
}
`,
    },
  ],
});
