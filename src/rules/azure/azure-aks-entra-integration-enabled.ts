import { settingRule } from "./setting-rule.ts";

/** AKS clusters authenticate users with Entra ID. */
export const azureAksEntraIntegrationEnabled = settingRule(
  {
    id: "azure-aks-entra-integration-enabled",
    title: "AKS clusters authenticate users with Entra ID",
    severity: "medium",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale:
      "Entra ID integration ties cluster access to corporate identities with MFA and conditional access instead of long-lived client certificates.",
    remediation: {
      text: "Add `azure_active_directory_role_based_access_control { azure_rbac_enabled = true, admin_group_object_ids = [...] }`.",
      code: {
        terraform: `resource "azurerm_kubernetes_cluster" "main" {
  name                = "contoso-aks"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "contoso"

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = [var.aks_admins_group_id]
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/aks/managed-azure-ad"],
  },
  {
    path: "aad_integration",
    ok: (v) => v === true,
    message: (r) => `AKS cluster ${r.name} is not integrated with Entra ID`,
  },
);
