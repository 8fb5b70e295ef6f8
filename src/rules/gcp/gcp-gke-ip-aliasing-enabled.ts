import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkeIpAliasingEnabled: Rule = {
  id: "gcp-gke-ip-aliasing-enabled",
  title: "GKE clusters are VPC-native (alias IPs)",
  severity: "low",
  category: "network",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "VPC-native clusters give pods addresses the VPC knows: firewall rules, flow logs and anti-spoofing apply to pod traffic, which routes-based clusters cannot offer.",
  remediation: {
    text: 'Set `networking_mode = "VPC_NATIVE"` with an `ip_allocation_policy` block.',
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  networking_mode = "VPC_NATIVE"
  ip_allocation_policy {}
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/concepts/alias-ips"],
  check(resource) {
    return expectSetting(
      resource,
      "ip_aliasing",
      isTrue,
      `Cluster ${resource.name} is routes-based, not VPC-native`,
    );
  },
};
