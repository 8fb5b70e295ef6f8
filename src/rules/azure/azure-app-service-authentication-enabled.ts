import { settingRule } from "./setting-rule.ts";

/** App Service authentication is enabled. */
export const azureAppServiceAuthenticationEnabled = settingRule(
  {
    id: "azure-app-service-authentication-enabled",
    title: "App Service authentication is enabled",
    severity: "medium",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale:
      "App Service authentication rejects anonymous requests before they reach the code, so a forgotten route cannot leak data.",
    remediation: {
      text: "Add `auth_settings_v2 { auth_enabled = true ... }` (legacy: `auth_settings { enabled = true }`) with an identity provider.",
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {}

  auth_settings_v2 {
    auth_enabled = true
    login {}
    active_directory_v2 {
      client_id            = var.client_id
      tenant_auth_endpoint = "https://login.microsoftonline.com/\${var.tenant_id}/v2.0"
    }
  }
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/app-service/overview-authentication-authorization"],
  },
  {
    path: "auth_enabled",
    ok: (v) => v === true,
    message: (r) => `App ${r.name} has App Service authentication off`,
  },
);
