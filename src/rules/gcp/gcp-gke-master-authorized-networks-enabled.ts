import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkeMasterAuthorizedNetworksEnabled: Rule = {
  id: "gcp-gke-master-authorized-networks-enabled",
  title: "GKE control plane access is limited to authorized networks",
  severity: "high",
  category: "network",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "Without master authorized networks the Kubernetes API endpoint answers the whole internet: credential stuffing and API vulnerabilities are one request away.",
  remediation: {
    text: "Add a `master_authorized_networks_config` block listing the CIDRs allowed to reach the control plane.",
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.10.0.0/16"
      display_name = "corp"
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks"],
  check(resource) {
    return expectSetting(
      resource,
      "authorized_networks.enabled",
      isTrue,
      `Cluster ${resource.name} accepts control plane connections from any address`,
    );
  },
};
