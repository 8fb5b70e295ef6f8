import { ruleTester } from "../testing/tester.ts";
import { azureDefenderAutoProvisioningOn } from "./azure-defender-auto-provisioning-on.ts";

ruleTester(azureDefenderAutoProvisioningOn, {
  fail: [
    {
      name: "off",
      format: "terraform",
      line: 2,
      files: `resource "azurerm_security_center_auto_provisioning" "main" {
  auto_provision = "Off"
}
`,
    },
  ],
  pass: [
    {
      name: "on",
      format: "terraform",
      files: `resource "azurerm_security_center_auto_provisioning" "main" {
  auto_provision = "On"
}
`,
    },
  ],
});
