import { settingRule } from "./setting-rule.ts";

/** App Service apps use a managed identity. */
export const azureAppServiceManagedIdentity = settingRule(
  {
    id: "azure-app-service-managed-identity",
    title: "App Service apps use a managed identity",
    severity: "low",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale:
      "A managed identity lets the app reach Key Vault, storage and databases without secrets in app settings.",
    remediation: {
      text: 'Add `identity { type = "SystemAssigned" }`.',
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {}

  identity {
    type = "SystemAssigned"
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/app-service/overview-managed-identity"],
  },
  {
    path: "identity",
    ok: (v) => typeof v === "string" && v !== "",
    message: (r) => `App ${r.name} has no managed identity`,
  },
);
