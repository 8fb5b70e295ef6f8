import { settingRule } from "./setting-rule.ts";

/** AKS clusters enforce network policies. */
export const azureAksNetworkPolicyEnabled = settingRule(
  {
    id: "azure-aks-network-policy-enabled",
    title: "AKS clusters enforce network policies",
    severity: "medium",
    category: "network",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale:
      "Without a network policy engine, Kubernetes NetworkPolicies are ignored and a compromised pod can reach every service in the cluster.",
    remediation: {
      text: 'Set `network_profile { network_plugin = "azure", network_policy = "azure" }` (or `calico` / `cilium`).',
      code: {
        terraform: `resource "azurerm_kubernetes_cluster" "main" {
  name                = "contoso-aks"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "contoso"

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/aks/use-network-policies"],
  },
  {
    path: "network_policy",
    ok: (v) => typeof v === "string" && ["azure", "calico", "cilium"].includes(v),
    message: (r) =>
      `AKS cluster ${r.name} has no network policy engine, so every pod can reach every other pod`,
  },
);
