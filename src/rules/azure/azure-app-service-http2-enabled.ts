import { settingRule } from "./setting-rule.ts";

/** App Service apps use HTTP/2. */
export const azureAppServiceHttp2Enabled = settingRule(
  {
    id: "azure-app-service-http2-enabled",
    title: "App Service apps use HTTP/2",
    severity: "low",
    category: "network",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale:
      "HTTP/2 removes head-of-line blocking and header-compression weaknesses of HTTP/1.1; CIS recommends it for App Service.",
    remediation: {
      text: "Set `site_config { http2_enabled = true }`.",
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    http2_enabled = true
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/app-service/configure-common#configure-general-settings"],
  },
  {
    path: "http2_enabled",
    ok: (v) => v === true,
    message: (r) => `App ${r.name} does not enable HTTP/2`,
  },
);
