import { ruleTester } from "../testing/tester.ts";
import { azureMessagingNamespaceMinTls12 } from "./azure-messaging-namespace-min-tls-1-2.ts";

ruleTester(azureMessagingNamespaceMinTls12, {
  fail: [
    {
      name: "TLS 1.0",
      format: "terraform",
      line: 6,
      files: `resource "azurerm_eventhub_namespace" "ns" {
  name                = "contoso-ns"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
  minimum_tls_version = "1.0"
}
`,
    },
  ],
  pass: [
    {
      name: "default 1.2",
      format: "terraform",
      files: `resource "azurerm_servicebus_namespace" "ns" {
  name                = "contoso-ns"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
}
`,
    },
  ],
});
