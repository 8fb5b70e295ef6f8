import { ruleTester } from "../testing/tester.ts";
import { azureSecurityContactAlertsEnabled } from "./azure-security-contact-alerts-enabled.ts";

ruleTester(azureSecurityContactAlertsEnabled, {
  fail: [
    {
      name: "notifications off",
      format: "terraform",
      line: 5,
      files: `resource "azurerm_security_center_contact" "main" {
  name                = "default"
  email               = "secops@contoso.example"
  phone               = "+1-555-0100"
  alert_notifications = false
  alerts_to_admins    = true
}
`,
    },
    {
      name: "admins not told",
      format: "terraform",
      files: `resource "azurerm_security_center_contact" "main" {
  name                = "default"
  email               = "secops@contoso.example"
  phone               = "+1-555-0100"
  alert_notifications = true
  alerts_to_admins    = false
}
`,
    },
  ],
  pass: [
    {
      name: "both on",
      format: "terraform",
      files: `resource "azurerm_security_center_contact" "main" {
  name                = "default"
  email               = "secops@contoso.example"
  phone               = "+1-555-0100"
  alert_notifications = true
  alerts_to_admins    = true
}
`,
    },
  ],
});
