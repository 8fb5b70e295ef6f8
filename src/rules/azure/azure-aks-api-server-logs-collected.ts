import { settingRule } from "./setting-rule.ts";

/** AKS API server and audit logs are collected. */
export const azureAksApiServerLogsCollected = settingRule(
  {
    id: "azure-aks-api-server-logs-collected",
    title: "AKS API server and audit logs are collected",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale:
      "Kubernetes audit logs are the only record of who created, exec'd into or deleted workloads; without them an intrusion cannot be reconstructed.",
    remediation: {
      text: "Add an `azurerm_monitor_diagnostic_setting` on the cluster with `kube-audit-admin` (and `kube-apiserver`) categories.",
      code: {
        terraform: `resource "azurerm_monitor_diagnostic_setting" "aks" {
  name                       = "aks-audit"
  target_resource_id         = azurerm_kubernetes_cluster.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id

  enabled_log {
    category = "kube-audit-admin"
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/aks/monitor-aks#aks-control-planeresource-logs"],
  },
  {
    path: "control_plane_logs",
    ok: (v) =>
      Array.isArray(v) &&
      v.some((c) =>
        ["kube-audit", "kube-audit-admin", "kube-apiserver", "alllogs", "audit"].includes(String(c)),
      ),
    message: (r) => `AKS cluster ${r.name} has no diagnostic setting collecting API server or audit logs`,
  },
);
