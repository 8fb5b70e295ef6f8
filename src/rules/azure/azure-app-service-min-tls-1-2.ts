import { settingRule, tlsAtLeast } from "./setting-rule.ts";

/** App Service apps require TLS 1.2 or later. */
export const azureAppServiceMinTls12 = settingRule(
  {
    id: "azure-app-service-min-tls-1-2",
    title: "App Service apps require TLS 1.2 or later",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale: "TLS 1.0 and 1.1 are deprecated; accepting them exposes users to downgrade attacks.",
    remediation: {
      text: 'Set `site_config { minimum_tls_version = "1.2" }` (legacy resources: `min_tls_version`).',
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    minimum_tls_version = "1.2"
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/app-service/overview-tls"],
  },
  {
    path: "min_tls_version",
    ok: (v) => tlsAtLeast(v, "1.2"),
    message: (r, v) => `App ${r.name} accepts TLS ${String(v)}`,
  },
);
