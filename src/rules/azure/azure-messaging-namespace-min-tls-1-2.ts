import { settingRule, tlsAtLeast } from "./setting-rule.ts";

/** Event Hubs and Service Bus namespaces require TLS 1.2. */
export const azureMessagingNamespaceMinTls12 = settingRule(
  {
    id: "azure-messaging-namespace-min-tls-1-2",
    title: "Event Hubs and Service Bus namespaces require TLS 1.2",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["messaging_namespace"],
    rationale:
      "TLS 1.0 and 1.1 are deprecated and weak; accepting them exposes messages and keys to downgrade attacks.",
    remediation: {
      text: 'Set `minimum_tls_version = "1.2"`.',
      code: {
        terraform: `resource "azurerm_eventhub_namespace" "ns" {
  name                = "contoso-ns"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
  minimum_tls_version = "1.2"
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/event-hubs/transport-layer-security-configure-minimum-version",
    ],
  },
  {
    path: "min_tls_version",
    ok: (v) => tlsAtLeast(v, "1.2"),
    message: (r, v) => `Namespace ${r.name} accepts TLS ${String(v)}`,
  },
);
