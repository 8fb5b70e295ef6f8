import { settingRule } from "./setting-rule.ts";

/** Storage accounts keep deleted blobs for at least 7 days. */
export const azureStorageAccountBlobSoftDeleteEnabled = settingRule(
  {
    id: "azure-storage-account-blob-soft-delete-enabled",
    title: "Storage accounts keep deleted blobs for at least 7 days",
    severity: "medium",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "Soft delete lets deleted or overwritten blobs be recovered after a mistake or a malicious deletion; without it a single delete call destroys data for good.",
    remediation: {
      text: "Add `blob_properties { delete_retention_policy { days = 7 } }` (or longer).",
      code: {
        terraform: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    delete_retention_policy {
      days = 14
    }
    container_delete_retention_policy {
      days = 14
    }
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview"],
  },
  {
    path: "blob_soft_delete_days",
    ok: (v) => typeof v === "number" && v >= 7,
    message: (r, v) =>
      v === null
        ? `Storage account ${r.name} has blob soft delete off`
        : `Storage account ${r.name} keeps deleted blobs only ${String(v)} days`,
  },
);
