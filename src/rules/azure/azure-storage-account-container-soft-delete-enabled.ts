import { settingRule } from "./setting-rule.ts";

/** Storage accounts keep deleted containers for at least 7 days. */
export const azureStorageAccountContainerSoftDeleteEnabled = settingRule(
  {
    id: "azure-storage-account-container-soft-delete-enabled",
    title: "Storage accounts keep deleted containers for at least 7 days",
    severity: "medium",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "Container soft delete recovers a whole container deleted by mistake or by an attacker; blob soft delete alone does not cover container deletion.",
    remediation: {
      text: "Add `blob_properties { container_delete_retention_policy { days = 7 } }` (or longer).",
      code: {
        terraform: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    container_delete_retention_policy {
      days = 14
    }
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/storage/blobs/soft-delete-container-overview"],
  },
  {
    path: "container_soft_delete_days",
    ok: (v) => typeof v === "number" && v >= 7,
    message: (r) => `Storage account ${r.name} does not keep deleted containers for 7 days`,
  },
);
