import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";

export const gcpGkeReleaseChannelConfigured: Rule = {
  id: "gcp-gke-release-channel-configured",
  title: "GKE clusters are enrolled in a release channel",
  severity: "low",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "A release channel keeps the control plane and nodes on supported, patched Kubernetes versions automatically; clusters left on a static version fall behind security fixes.",
  remediation: {
    text: 'Add `release_channel { channel = "REGULAR" }` (or STABLE).',
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  release_channel {
    channel = "REGULAR"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels"],
  check(resource) {
    const v = resource.config["release_channel"];
    if (v === undefined) return skip("release channel is not expressed by this source");
    if (isUnknown(v)) return undetermined(`release channel: ${v.reason}`);
    if (typeof v === "string" && v !== "UNSPECIFIED") return pass();
    return fail(`Cluster ${resource.name} is not enrolled in a release channel`, "release_channel");
  },
};
