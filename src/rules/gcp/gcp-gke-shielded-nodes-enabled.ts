import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkeShieldedNodesEnabled: Rule = {
  id: "gcp-gke-shielded-nodes-enabled",
  title: "GKE clusters use Shielded GKE Nodes",
  severity: "medium",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "Shielded nodes prove their identity to the control plane with a vTPM, so an attacker who steals node bootstrap credentials cannot impersonate a node and read its pods' secrets.",
  remediation: {
    text: "Set `enable_shielded_nodes = true` (the default).",
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  enable_shielded_nodes = true
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes"],
  check(resource) {
    return expectSetting(
      resource,
      "shielded_nodes",
      isTrue,
      `Cluster ${resource.name} has Shielded GKE Nodes turned off`,
    );
  },
};
