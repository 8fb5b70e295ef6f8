import { outdated } from "./runtime-versions.ts";
import { settingRule } from "./setting-rule.ts";

/** App Service apps run a supported language version. */
export const azureAppServiceRuntimeSupported = settingRule(
  {
    id: "azure-app-service-runtime-supported",
    title: "App Service apps run a supported language version",
    severity: "medium",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["web_app", "function"],
    rationale:
      "End-of-life language runtimes no longer get security fixes; known vulnerabilities in them stay exploitable.",
    remediation: {
      text: "Move the app to a supported stack version (PHP 8.2+, Python 3.9+, Java 11+, Node 18+).",
      code: {
        terraform: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    application_stack {
      python_version = "3.12"
    }
  }
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/app-service/language-support-policy"],
  },
  {
    path: "runtime_versions",
    ok: (v) => outdated(v).length === 0,
    message: (r, v) => `App ${r.name} runs an end-of-life runtime: ${outdated(v).join(", ")}`,
  },
);
