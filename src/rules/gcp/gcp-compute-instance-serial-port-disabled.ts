import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpComputeInstanceSerialPortDisabled: Rule = {
  id: "gcp-compute-instance-serial-port-disabled",
  title: "VM instances do not enable interactive serial port access",
  severity: "medium",
  category: "network",
  providers: ["gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "The interactive serial console accepts connections from any IP address and is not filtered by VPC firewall rules: anyone with the right IAM role and a guessed or leaked login reaches the machine.",
  remediation: {
    text: "Remove `serial-port-enable` from instance and project metadata (or set it to FALSE).",
    code: {
      terraform: `resource "google_compute_instance" "web" {
  # ...
  metadata = {
    serial-port-enable = "FALSE"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console"],
  check(resource) {
    return expectSetting(
      resource,
      "serial_port_enabled",
      isFalse,
      `Instance ${resource.name} allows interactive serial console access`,
    );
  },
};
