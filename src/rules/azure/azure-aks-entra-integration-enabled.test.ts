import { ruleTester } from "../testing/tester.ts";
import { azureAksEntraIntegrationEnabled } from "./azure-aks-entra-integration-enabled.ts";

ruleTester(azureAksEntraIntegrationEnabled, {
  fail: [
    {
      name: "no Entra integration",
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
      name: "managed Entra integration",
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

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = [var.aks_admins_group_id]
  }
}
`,
    },
  ],
});
