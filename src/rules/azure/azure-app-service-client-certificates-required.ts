import { settingRule } from "./setting-rule.ts";

/** App Service apps require client certificates. */
export const azureAppServiceClientCertificatesRequired = settingRule(
  {
    id: "azure-app-service-client-certificates-required",
    title: "App Service apps require client certificates",
    severity: "low",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale:
      "Requiring client certificates (mutual TLS) means only callers holding a trusted certificate can reach the app at all.",
    remediation: {
      text: 'Set `client_certificate_enabled = true` with `client_certificate_mode = "Required"` (legacy: `client_cert_enabled` / `client_cert_mode`).',
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                       = "contoso-web"
  resource_group_name        = "rg-web"
  location                   = "westeurope"
  service_plan_id            = azurerm_service_plan.plan.id
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {}
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth"],
  },
  {
    path: "client_cert_required",
    ok: (v) => v === true,
    message: (r) => `App ${r.name} does not require client certificates`,
  },
);
