import { settingRule } from "./setting-rule.ts";

/** App Service apps allow FTPS only or no FTP. */
export const azureAppServiceFtpsOnly = settingRule(
  {
    id: "azure-app-service-ftps-only",
    title: "App Service apps allow FTPS only or no FTP",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale:
      "Plain FTP sends deployment credentials and code in clear text; FTPS only, or no FTP at all, protects them.",
    remediation: {
      text: 'Set `site_config { ftps_state = "Disabled" }` (or `FtpsOnly`).',
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    ftps_state = "Disabled"
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps"],
  },
  {
    path: "ftps_state",
    ok: (v) => v === "ftpsonly" || v === "disabled",
    message: (r) => `App ${r.name} accepts plain FTP deployments`,
  },
);
