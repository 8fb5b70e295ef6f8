import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkeNodeAutoUpgradeEnabled: Rule = {
  id: "gcp-gke-node-auto-upgrade-enabled",
  title: "GKE node pools upgrade automatically",
  severity: "medium",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["container_node_pool"],
  rationale:
    "Nodes that do not upgrade keep running kernels and kubelets with known vulnerabilities long after fixes ship.",
  remediation: {
    text: "Set `management { auto_upgrade = true }` on the node pool.",
    code: {
      terraform: `resource "google_container_node_pool" "workers" {
  # ...
  management {
    auto_upgrade = true
    auto_repair  = true
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades"],
  check(resource) {
    return expectSetting(resource, "auto_upgrade", isTrue, `Node pool ${resource.name} has auto-upgrade off`);
  },
};
