import { settingRule } from "./setting-rule.ts";

/** AKS clusters do not run the Kubernetes dashboard. */
export const azureAksDashboardDisabled = settingRule(
  {
    id: "azure-aks-dashboard-disabled",
    title: "AKS clusters do not run the Kubernetes dashboard",
    severity: "medium",
    category: "public_exposure",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale:
      "The legacy dashboard add-on has been abused to take over clusters; it is deprecated and should not run.",
    remediation: {
      text: "Remove the `kube_dashboard` add-on.",
      code: {
        terraform: `resource "azurerm_kubernetes_cluster" "main" {
  name                = "contoso-aks"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "contoso"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/aks/kubernetes-portal"],
  },
  {
    path: "dashboard_enabled",
    ok: (v) => v === false,
    message: (r) => `AKS cluster ${r.name} runs the Kubernetes dashboard add-on`,
  },
);
