import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpComputeInstanceIpForwardingDisabled: Rule = {
  id: "gcp-compute-instance-ip-forwarding-disabled",
  title: "VM instances do not forward IP packets",
  severity: "low",
  category: "network",
  providers: ["gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "An instance allowed to forward packets can send and receive traffic for addresses that are not its own, so it can be used to route around firewall rules. Only NAT and router appliances need it.",
  remediation: {
    text: "Set `can_ip_forward = false` unless the instance is a network appliance.",
    code: {
      terraform: `resource "google_compute_instance" "web" {
  # ...
  can_ip_forward = false
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/compute/docs/networking/using-routes#canipforward"],
  check(resource) {
    return expectSetting(
      resource,
      "ip_forwarding",
      isFalse,
      `Instance ${resource.name} can forward packets (can_ip_forward)`,
    );
  },
};
