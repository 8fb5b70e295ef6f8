import { settingRule } from "./setting-rule.ts";

/** Storage accounts log queue read, write and delete requests. */
export const azureStorageAccountQueueLoggingEnabled = settingRule(
  {
    id: "azure-storage-account-queue-logging-enabled",
    title: "Storage accounts log queue read, write and delete requests",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "Storage Analytics logs of queue requests show who read, added or deleted messages; without them an intrusion through the queue service leaves no trace.",
    remediation: {
      text: 'Add `queue_properties { logging { read = true, write = true, delete = true, version = "1.0", retention_policy_days = 90 } }` (or `azurerm_storage_account_queue_properties` in azurerm 4).',
      code: {
        terraform: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      delete                = true
      read                  = true
      write                 = true
      version               = "1.0"
      retention_policy_days = 90
    }
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/storage/common/storage-analytics-logging"],
  },
  {
    path: "queue_logging.enabled",
    ok: (v) => v === true,
    message: (r) => `Storage account ${r.name} does not log queue read, write and delete requests`,
  },
);
