import { ruleTester } from "../testing/tester.ts";
import { azureContainerRegistryAdminUserDisabled } from "./azure-container-registry-admin-user-disabled.ts";

ruleTester(azureContainerRegistryAdminUserDisabled, {
  fail: [
    {
      name: "admin on",
      format: "terraform",
      line: 6,
      files: `resource "azurerm_container_registry" "acr" {
  name                = "contosoacr"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = true
}
`,
    },
  ],
  pass: [
    {
      name: "default off",
      format: "terraform",
      files: `resource "azurerm_container_registry" "acr" {
  name                = "contosoacr"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "Premium"
}
`,
    },
  ],
});
