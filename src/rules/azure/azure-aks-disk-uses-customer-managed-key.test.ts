import { ruleTester } from "../testing/tester.ts";
import { azureAksDiskUsesCustomerManagedKey } from "./azure-aks-disk-uses-customer-managed-key.ts";

ruleTester(azureAksDiskUsesCustomerManagedKey, {
  fail: [
    {
      name: "platform keys",
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
      name: "disk encryption set",
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
  disk_encryption_set_id = azurerm_disk_encryption_set.aks.id
}
`,
    },
  ],
});
