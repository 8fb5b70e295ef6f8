import { settingRule } from "./setting-rule.ts";

/** App Service apps have remote debugging off. */
export const azureAppServiceRemoteDebuggingDisabled = settingRule(
  {
    id: "azure-app-service-remote-debugging-disabled",
    title: "App Service apps have remote debugging off",
    severity: "high",
    category: "network",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale:
      "Remote debugging opens extra ports and lets anyone with publishing credentials attach a debugger to production code.",
    remediation: {
      text: "Set `site_config { remote_debugging_enabled = false }` (the default).",
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    remote_debugging_enabled = false
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/app-service/configure-common"],
  },
  {
    path: "remote_debugging",
    ok: (v) => v === false,
    message: (r) => `App ${r.name} has remote debugging enabled`,
  },
);
