import { settingRule } from "./setting-rule.ts";

/** AKS clusters use Kubernetes RBAC. */
export const azureAksRbacEnabled = settingRule(
  {
    id: "azure-aks-rbac-enabled",
    title: "AKS clusters use Kubernetes RBAC",
    severity: "high",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale: "Without RBAC every authenticated user and service account is effectively cluster admin.",
    remediation: {
      text: "Remove `role_based_access_control_enabled = false` (RBAC is on by default; it forces a new cluster).",
      code: {
        terraform: `resource "azurerm_kubernetes_cluster" "main" {
  name                              = "contoso-aks"
  location                          = "westeurope"
  resource_group_name               = "rg-k8s"
  dns_prefix                        = "contoso"
  role_based_access_control_enabled = true
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/aks/concepts-identity#kubernetes-rbac"],
  },
  {
    path: "rbac_enabled",
    ok: (v) => v === true,
    message: (r) => `AKS cluster ${r.name} has Kubernetes RBAC disabled`,
  },
);
