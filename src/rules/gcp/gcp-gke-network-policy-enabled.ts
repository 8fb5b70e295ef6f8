import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkeNetworkPolicyEnabled: Rule = {
  id: "gcp-gke-network-policy-enabled",
  title: "GKE clusters enforce Kubernetes network policies",
  severity: "medium",
  category: "network",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "Without network policy enforcement every pod can reach every other pod: one compromised container can scan and attack the rest of the cluster.",
  remediation: {
    text: 'Enable the network policy addon (`network_policy { enabled = true }`) or Dataplane V2 (`datapath_provider = "ADVANCED_DATAPATH"`).',
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  datapath_provider = "ADVANCED_DATAPATH"
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy"],
  check(resource) {
    return expectSetting(
      resource,
      "network_policy",
      isTrue,
      `Cluster ${resource.name} does not enforce network policies`,
    );
  },
};
