import { settingRule } from "./setting-rule.ts";

/** Microsoft Defender plans are on the Standard tier. */
export const azureDefenderPlanStandard = settingRule(
  {
    id: "azure-defender-plan-standard",
    title: "Microsoft Defender plans are on the Standard tier",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["threat_detection"],
    rationale:
      "The Free tier gives posture recommendations only; the Standard tier adds threat detection for servers, databases, storage, containers and Key Vault.",
    remediation: {
      text: 'Set `tier = "Standard"` on the `azurerm_security_center_subscription_pricing` of each plan.',
      code: {
        terraform: `resource "azurerm_security_center_subscription_pricing" "servers" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction"],
  },
  {
    path: "enabled",
    skipWhen: (r) =>
      r.native_type === "azurerm_security_center_subscription_pricing" ? undefined : "not a Defender plan",
    ok: (v) => v === true,
    message: (r) => `Defender plan ${String(r.config["plan"])} is on the Free tier`,
  },
);
