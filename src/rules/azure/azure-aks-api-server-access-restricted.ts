import { settingRule } from "./setting-rule.ts";

/** AKS API servers are private or restricted to known ranges. */
export const azureAksApiServerAccessRestricted = settingRule(
  {
    id: "azure-aks-api-server-access-restricted",
    title: "AKS API servers are private or restricted to known ranges",
    severity: "high",
    category: "public_exposure",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale:
      "A public API server open to every address invites credential stuffing and exploitation of API server vulnerabilities; a private cluster or authorized IP ranges shrink that surface.",
    remediation: {
      text: 'Set `private_cluster_enabled = true`, or `api_server_access_profile { authorized_ip_ranges = ["203.0.113.0/24"] }`.',
      code: {
        terraform: `resource "azurerm_kubernetes_cluster" "main" {
  name                    = "contoso-aks"
  location                = "westeurope"
  resource_group_name     = "rg-k8s"
  dns_prefix              = "contoso"
  private_cluster_enabled = true
}`,
      },
    },
    auto_remediable: false,
    references: [
      "https://learn.microsoft.com/azure/aks/private-clusters",
      "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
    ],
  },
  {
    path: "public_access_cidrs",
    needs: ["public_endpoint"],
    ok: (v, r) =>
      r.config["public_endpoint"] === false ||
      (Array.isArray(v) && v.length > 0 && !v.some((c) => ["0.0.0.0/0", "*"].includes(String(c)))),
    message: (r) => `AKS cluster ${r.name} exposes its API server to the whole internet`,
  },
);
