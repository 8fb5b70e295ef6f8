import { settingRule } from "./setting-rule.ts";

/** AKS node disks are encrypted with a customer-managed key. */
export const azureAksDiskUsesCustomerManagedKey = settingRule(
  {
    id: "azure-aks-disk-uses-customer-managed-key",
    title: "AKS node disks are encrypted with a customer-managed key",
    severity: "low",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["container_cluster"],
    rationale:
      "A disk encryption set with a customer-managed key lets you rotate and revoke the key protecting node OS and data disks, which hold container images, secrets mounted as files and logs.",
    remediation: {
      text: "Create an `azurerm_disk_encryption_set` and set `disk_encryption_set_id` on the cluster (forces a new cluster).",
      code: {
        terraform: `resource "azurerm_kubernetes_cluster" "main" {
  name                   = "contoso-aks"
  location               = "westeurope"
  resource_group_name    = "rg-k8s"
  dns_prefix             = "contoso"
  disk_encryption_set_id = azurerm_disk_encryption_set.aks.id
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/aks/azure-disk-customer-managed-keys"],
  },
  {
    path: "disk_encryption.customer_managed_key",
    ok: (v) => v === true,
    message: (r) => `AKS cluster ${r.name} encrypts node disks with platform-managed keys only`,
  },
);
