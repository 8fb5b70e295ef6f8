import { ruleTester } from "../testing/tester.ts";
import { azureMessagingNamespaceLocalAuthDisabled } from "./azure-messaging-namespace-local-auth-disabled.ts";

ruleTester(azureMessagingNamespaceLocalAuthDisabled, {
  fail: [
    {
      name: "Service Bus default",
      format: "terraform",
      files: `resource "azurerm_servicebus_namespace" "ns" {
  name                = "contoso-ns"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
}
`,
    },
    {
      name: "Event Hubs explicitly on",
      format: "terraform",
      line: 6,
      files: `resource "azurerm_eventhub_namespace" "ns" {
  name                = "contoso-ns"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
  local_authentication_enabled = true
}
`,
    },
  ],
  pass: [
    {
      name: "Event Hubs off",
      format: "terraform",
      files: `resource "azurerm_eventhub_namespace" "ns" {
  name                = "contoso-ns"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
  local_authentication_enabled = false
}
`,
    },
  ],
});
