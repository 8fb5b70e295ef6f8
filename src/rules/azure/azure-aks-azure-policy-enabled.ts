import { settingRule } from "./setting-rule.ts";

/** AKS clusters run the Azure Policy add-on. */
export const azureAksAzurePolicyEnabled = settingRule(
  {
    id: "azure-aks-azure-policy-enabled",
    title: "AKS clusters run the Azure Policy add-on",
    severity: "low",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale:
      "The Azure Policy add-on enforces pod security and governance policies at admission, stopping privileged or non-compliant workloads.",
    remediation: {
      text: "Set `azure_policy_enabled = true`.",
      code: {
        terraform: `resource "azurerm_kubernetes_cluster" "main" {
  name                 = "contoso-aks"
  location             = "westeurope"
  resource_group_name  = "rg-k8s"
  dns_prefix           = "contoso"
  azure_policy_enabled = true
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/governance/policy/concepts/policy-for-kubernetes"],
  },
  {
    path: "policy_addon",
    ok: (v) => v === true,
    message: (r) => `AKS cluster ${r.name} does not run the Azure Policy add-on`,
  },
);
