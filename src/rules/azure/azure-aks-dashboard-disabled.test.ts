import { ruleTester } from "../testing/tester.ts";
import { azureAksDashboardDisabled } from "./azure-aks-dashboard-disabled.ts";

ruleTester(azureAksDashboardDisabled, {
  fail: [
    {
      name: "dashboard on",
      format: "terraform",
      line: 19,
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

  addon_profile {
    kube_dashboard {
      enabled = true
    }
  }
}
`,
    },
  ],
  pass: [
    {
      name: "default off",
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
