import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpGkeNodeLegacyMetadataEndpointsDisabled: Rule = {
  id: "gcp-gke-node-legacy-metadata-endpoints-disabled",
  title: "GKE nodes do not serve the legacy metadata endpoints",
  severity: "high",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["container_node_pool"],
  rationale:
    "The v0.1 and v1beta1 metadata endpoints answer without the Metadata-Flavor header, so a server-side request forgery in any pod can fetch the node's credentials and kubelet bootstrap secrets.",
  remediation: {
    text: 'Remove `disable-legacy-endpoints = "false"` from `node_config.metadata` (it defaults to true).',
    code: {
      terraform: `resource "google_container_node_pool" "workers" {
  # ...
  node_config {
    metadata = {
      disable-legacy-endpoints = "true"
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata"],
  check(resource) {
    return expectSetting(
      resource,
      "legacy_metadata_endpoints",
      isFalse,
      `Node pool ${resource.name} re-enables the legacy metadata endpoints`,
    );
  },
};
