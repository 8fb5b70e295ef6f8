import { settingRule } from "./setting-rule.ts";

/** App Service apps redirect HTTP to HTTPS. */
export const azureAppServiceHttpsOnly = settingRule(
  {
    id: "azure-app-service-https-only",
    title: "App Service apps redirect HTTP to HTTPS",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale:
      "Apps that answer plain HTTP expose session cookies, tokens and form data to anyone on the network path.",
    remediation: {
      text: "Set `https_only = true`.",
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id
  https_only          = true

  site_config {}
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https"],
  },
  {
    path: "https_only",
    ok: (v) => v === true,
    message: (r) => `App ${r.name} serves plain HTTP (https_only is not set)`,
  },
);
