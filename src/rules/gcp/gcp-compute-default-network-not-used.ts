import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpComputeDefaultNetworkNotUsed: Rule = {
  id: "gcp-compute-default-network-not-used",
  title: "The default VPC network is not used",
  severity: "medium",
  category: "network",
  providers: ["gcp"],
  resource_types: ["network"],
  rationale:
    "The default network comes with firewall rules that allow SSH, RDP and ICMP from anywhere and a subnet in every region; it is designed for convenience, not isolation.",
  remediation: {
    text: "Create a custom-mode network with only the subnets and firewall rules you need, and delete the default network.",
    code: {
      terraform: `resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/vpc/docs/vpc#default-network"],
  check(resource) {
    return expectSetting(resource, "is_default", isFalse, `Network ${resource.name} is the default network`);
  },
};
