import { ruleTester } from "../testing/tester.ts";
import { azureAksRbacEnabled } from "./azure-aks-rbac-enabled.ts";

ruleTester(azureAksRbacEnabled, {
  fail: [
    {
      name: "disabled",
      format: "terraform",
      line: 16,
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
  role_based_access_control_enabled = false
}
`,
    },
    {
      name: "azurerm 2 block disabled",
      format: "terraform",
      line: 18,
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

  role_based_access_control {
    enabled = false
  }
}
`,
    },
  ],
  pass: [
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
});
