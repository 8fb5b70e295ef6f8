import { ruleTester } from "../testing/tester.ts";
import { azureRoleAssignmentMachineIdentityNotPrivileged } from "./azure-role-assignment-machine-identity-not-privileged.ts";

const cluster = `data "azurerm_subscription" "current" {}

resource "azurerm_kubernetes_cluster" "main" {
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
`;

ruleTester(azureRoleAssignmentMachineIdentityNotPrivileged, {
  fail: [
    {
      name: "AKS kubelet identity is Owner of the subscription",
      format: "terraform",
      line: 22,
      files:
        cluster +
        `
resource "azurerm_role_assignment" "kubelet_owner" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Owner"
  principal_id         = azurerm_kubernetes_cluster.main.kubelet_identity[0].object_id
}
`,
    },
    {
      name: "service principal is Contributor of a management group",
      format: "terraform",
      files: `resource "azurerm_role_assignment" "ci" {
  scope                = "/providers/Microsoft.Management/managementGroups/contoso-root"
  role_definition_name = "Contributor"
  principal_id         = var.ci_principal_id
  principal_type       = "ServicePrincipal"
}
`,
    },
    {
      name: "user-assigned identity is User Access Administrator",
      format: "terraform",
      files: `data "azurerm_subscription" "current" {}

resource "azurerm_user_assigned_identity" "app" {
  name                = "app-identity"
  location            = "westeurope"
  resource_group_name = "rg-app"
}

resource "azurerm_role_assignment" "uaa" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "User Access Administrator"
  principal_id         = azurerm_user_assigned_identity.app.principal_id
}
`,
    },
  ],
  pass: [
    {
      name: "kubelet identity pulls from one registry",
      format: "terraform",
      files:
        cluster +
        `
resource "azurerm_role_assignment" "acr_pull" {
  scope                = azurerm_container_registry.acr.id
  role_definition_name = "AcrPull"
  principal_id         = azurerm_kubernetes_cluster.main.kubelet_identity[0].object_id
}
`,
    },
    {
      name: "Owner of one resource group",
      format: "terraform",
      files: `resource "azurerm_role_assignment" "rg_owner" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app"
  role_definition_name = "Owner"
  principal_id         = var.ci_principal_id
  principal_type       = "ServicePrincipal"
}
`,
    },
    {
      name: "a human group may be subscription Reader",
      format: "terraform",
      files: `resource "azurerm_role_assignment" "readers" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000"
  role_definition_name = "Reader"
  principal_id         = var.auditors_group_id
  principal_type       = "Group"
}
`,
    },
  ],
});
