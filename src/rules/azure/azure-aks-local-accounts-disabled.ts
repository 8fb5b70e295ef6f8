import { settingRule } from "./setting-rule.ts";

/** AKS clusters disable local accounts. */
export const azureAksLocalAccountsDisabled = settingRule(
  {
    id: "azure-aks-local-accounts-disabled",
    title: "AKS clusters disable local accounts",
    severity: "medium",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale:
      "The local cluster-admin credential bypasses Entra ID, never expires and is not tied to a person; disabling it makes every access auditable.",
    remediation: {
      text: "Set `local_account_disabled = true` (requires Entra ID integration).",
      code: {
        terraform: `resource "azurerm_kubernetes_cluster" "main" {
  name                   = "contoso-aks"
  location               = "westeurope"
  resource_group_name    = "rg-k8s"
  dns_prefix             = "contoso"
  local_account_disabled = true
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad"],
  },
  {
    path: "local_accounts_enabled",
    ok: (v) => v === false,
    message: (r) => `AKS cluster ${r.name} keeps the static local admin account`,
  },
);
