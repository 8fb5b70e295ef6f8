import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpGkeNodeNotDefaultServiceAccount: Rule = {
  id: "gcp-gke-node-not-default-service-account",
  title: "GKE nodes do not run as the Compute Engine default service account",
  severity: "high",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["container_node_pool"],
  rationale:
    "Nodes without a dedicated service account run as the Compute Engine default account, usually a project Editor: any pod that reaches the metadata server gets those rights.",
  remediation: {
    text: "Create a minimal service account (logging.logWriter, monitoring.metricWriter, monitoring.viewer, stackdriver.resourceMetadata.writer) and set it in `node_config.service_account`.",
    code: {
      terraform: `resource "google_container_node_pool" "workers" {
  # ...
  node_config {
    service_account = google_service_account.gke_nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "identity_default",
      isFalse,
      `Node pool ${resource.name} runs as the Compute Engine default service account`,
    );
  },
};
