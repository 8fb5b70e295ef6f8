import { settingRule } from "./setting-rule.ts";

/** Event Hubs and Service Bus namespaces accept only Entra ID authentication. */
export const azureMessagingNamespaceLocalAuthDisabled = settingRule(
  {
    id: "azure-messaging-namespace-local-auth-disabled",
    title: "Event Hubs and Service Bus namespaces accept only Entra ID authentication",
    severity: "medium",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["messaging_namespace"],
    rationale:
      "SAS keys are shared secrets that are easily leaked and cannot be tied to an identity; Entra ID gives per-identity, revocable access.",
    remediation: {
      text: "Set `local_authentication_enabled = false` (Event Hubs) or `local_auth_enabled = false` (Service Bus).",
      code: {
        terraform: `resource "azurerm_servicebus_namespace" "ns" {
  name                = "contoso-ns"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
  local_auth_enabled  = false
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/service-bus-messaging/disable-local-authentication"],
  },
  {
    path: "local_auth",
    ok: (v) => v === false,
    message: (r) => `Namespace ${r.name} accepts shared access signature keys`,
  },
);
