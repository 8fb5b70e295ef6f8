import { ruleTester } from "../testing/tester.ts";
import { azureAksLocalAccountsDisabled } from "./azure-aks-local-accounts-disabled.ts";

ruleTester(azureAksLocalAccountsDisabled, {
  fail: [
    {
      name: "default on",
      format: "terraform",
      files: `resource "azurerm_kubernetes_cluster" "main" {
  name                = "contoso-aks"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "contoso"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "disabled",
      format: "terraform",
      files: `resource "azurerm_kubernetes_cluster" "main" {
  name                = "contoso-aks"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "contoso"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  local_account_disabled = true
}
`,
    },
  ],
});
