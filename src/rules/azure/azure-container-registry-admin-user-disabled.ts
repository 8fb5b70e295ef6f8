import { settingRule } from "./setting-rule.ts";

/** Container registries have the admin user disabled. */
export const azureContainerRegistryAdminUserDisabled = settingRule(
  {
    id: "azure-container-registry-admin-user-disabled",
    title: "Container registries have the admin user disabled",
    severity: "medium",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["container_registry"],
    rationale:
      "The admin user is one shared username and password with push and pull rights to every repository; it cannot be scoped or attributed to a person.",
    remediation: {
      text: "Set `admin_enabled = false` and grant `AcrPull` / `AcrPush` to identities.",
      code: {
        terraform: `resource "azurerm_container_registry" "acr" {
  name                = "contosoacr"
  resource_group_name = "rg-app"
  location            = "westeurope"
  sku                 = "Premium"
  admin_enabled       = false
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account",
    ],
  },
  {
    path: "admin_user",
    ok: (v) => v === false,
    message: (r) => `Container registry ${r.name} has the shared admin user enabled`,
  },
);
