import { settingRule } from "./setting-rule.ts";

/** Defender for Cloud e-mails alerts to the security contact and admins. */
export const azureSecurityContactAlertsEnabled = settingRule(
  {
    id: "azure-security-contact-alerts-enabled",
    title: "Defender for Cloud e-mails alerts to the security contact and admins",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["security_contact"],
    rationale:
      "Defender alerts that no one receives are not acted on; CIS asks that both the security contact and subscription owners be notified.",
    remediation: {
      text: "Set `alert_notifications = true` and `alerts_to_admins = true`.",
      code: {
        terraform: `resource "azurerm_security_center_contact" "main" {
  name                = "default"
  email               = "secops@contoso.example"
  phone               = "+1-555-0100"
  alert_notifications = true
  alerts_to_admins    = true
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications"],
  },
  {
    path: "alert_notifications",
    needs: ["alerts_to_admins"],
    ok: (v, r) => v === true && r.config["alerts_to_admins"] === true,
    message: (r) =>
      `Security contact ${r.name} does not receive high-severity alerts, or subscription owners are not notified`,
  },
);
