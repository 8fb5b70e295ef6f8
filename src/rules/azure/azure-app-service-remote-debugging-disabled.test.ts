import { ruleTester } from "../testing/tester.ts";
import { azureAppServiceRemoteDebuggingDisabled } from "./azure-app-service-remote-debugging-disabled.ts";

ruleTester(azureAppServiceRemoteDebuggingDisabled, {
  fail: [
    {
      name: "on",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
    remote_debugging_enabled = true
    remote_debugging_version = "VS2022"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "default off",
      format: "terraform",
      files: `resource "azurerm_linux_web_app" "web" {
  name                = "contoso-web"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.plan.id

  site_config {
  }
}
`,
    },
  ],
});
