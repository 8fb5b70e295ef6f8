import { ruleTester } from "../testing/tester.ts";
import { azureContainerRegistryPublicNetworkDisabled } from "./azure-container-registry-public-network-disabled.ts";

ruleTester(azureContainerRegistryPublicNetworkDisabled, {
  fail: [
    {
      name: "default public",
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
  pass: [
    {
      name: "private",
      format: "terraform",
      files: `resource "azurerm_container_registry" "acr" {
  name                = "contosoacr"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "Premium"
  public_network_access_enabled = false
}
`,
    },
  ],
});
