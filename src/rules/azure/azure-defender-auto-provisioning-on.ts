import { settingRule } from "./setting-rule.ts";

/** Defender for Cloud auto-provisions the monitoring agent. */
export const azureDefenderAutoProvisioningOn = settingRule(
  {
    id: "azure-defender-auto-provisioning-on",
    title: "Defender for Cloud auto-provisions the monitoring agent",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["threat_detection"],
    rationale:
      "With auto provisioning on, every new VM gets the agent Defender needs to detect threats; off, new machines are silently unmonitored.",
    remediation: {
      text: 'Set `auto_provision = "On"`.',
      code: {
        terraform: `resource "azurerm_security_center_auto_provisioning" "main" {
  auto_provision = "On"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/defender-for-cloud/monitoring-components"],
  },
  {
    path: "enabled",
    skipWhen: (r) =>
      r.native_type === "azurerm_security_center_auto_provisioning"
        ? undefined
        : "not the auto provisioning setting",
    ok: (v) => v === true,
    message: (r) => `Defender auto provisioning ${r.name} is off, so new VMs are not monitored`,
  },
);
