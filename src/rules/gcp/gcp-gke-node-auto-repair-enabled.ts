import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkeNodeAutoRepairEnabled: Rule = {
  id: "gcp-gke-node-auto-repair-enabled",
  title: "GKE node pools repair automatically",
  severity: "low",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["container_node_pool"],
  rationale:
    "Auto-repair replaces unhealthy nodes; without it a node in a broken or tampered state keeps running workloads.",
  remediation: {
    text: "Set `management { auto_repair = true }` on the node pool.",
    code: {
      terraform: `resource "google_container_node_pool" "workers" {
  # ...
  management {
    auto_repair = true
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-repair"],
  check(resource) {
    return expectSetting(resource, "auto_repair", isTrue, `Node pool ${resource.name} has auto-repair off`);
  },
};
