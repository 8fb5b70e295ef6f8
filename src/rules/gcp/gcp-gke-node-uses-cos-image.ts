import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";

export const gcpGkeNodeUsesCosImage: Rule = {
  id: "gcp-gke-node-uses-cos-image",
  title: "GKE nodes run Container-Optimized OS",
  severity: "low",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["container_node_pool"],
  rationale:
    "Container-Optimized OS has a read-only root filesystem, verified boot and a minimal package set, and is patched by Google with the node version: far less attack surface than a general-purpose image.",
  remediation: {
    text: 'Set `image_type = "COS_CONTAINERD"` in `node_config`.',
    code: {
      terraform: `resource "google_container_node_pool" "workers" {
  # ...
  node_config {
    image_type = "COS_CONTAINERD"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/concepts/node-images"],
  check(resource) {
    const v = resource.config["image_type"];
    if (v === undefined) return skip("node image is not expressed by this source");
    if (isUnknown(v)) return undetermined(`image type: ${v.reason}`);
    if (typeof v === "string" && v.toUpperCase().startsWith("COS")) return pass();
    return fail(`Node pool ${resource.name} runs ${String(v)}, not Container-Optimized OS`, "image_type");
  },
};
