import { settingRule } from "./setting-rule.ts";

/** Container registries are not reachable from the public internet. */
export const azureContainerRegistryPublicNetworkDisabled = settingRule(
  {
    id: "azure-container-registry-public-network-disabled",
    title: "Container registries are not reachable from the public internet",
    severity: "low",
    category: "network",
    providers: ["azure"],
    resource_types: ["container_registry"],
    rationale:
      "A registry on the internet exposes images and their embedded secrets to anyone with leaked credentials; private endpoints keep it inside the network.",
    remediation: {
      text: "Set `public_network_access_enabled = false` and use a private endpoint (Premium SKU).",
      code: {
        terraform: `resource "azurerm_container_registry" "acr" {
  name                = "contosoacr"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "Premium"
  public_network_access_enabled = false
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/container-registry/container-registry-private-link"],
  },
  {
    path: "public_network_access",
    ok: (v) => v === false,
    message: (r) => `Container registry ${r.name} accepts connections from the public internet`,
  },
);
