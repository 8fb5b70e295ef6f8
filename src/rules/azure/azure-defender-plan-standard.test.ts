import { ruleTester } from "../testing/tester.ts";
import { azureDefenderPlanStandard } from "./azure-defender-plan-standard.ts";

ruleTester(azureDefenderPlanStandard, {
  fail: [
    {
      name: "free servers plan",
      format: "terraform",
      line: 2,
      files: `resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Free"
  resource_type = "VirtualMachines"
}
`,
    },
  ],
  pass: [
    {
      name: "standard SQL plan",
      format: "terraform",
      files: `resource "azurerm_security_center_subscription_pricing" "sql" {
  tier          = "Standard"
  resource_type = "SqlServers"
}
`,
    },
  ],
});
