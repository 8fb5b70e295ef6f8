import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkeWorkloadIdentityEnabled: Rule = {
  id: "gcp-gke-workload-identity-enabled",
  title: "GKE clusters use Workload Identity",
  severity: "medium",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "Without Workload Identity, pods call Google APIs as the node's service account: every pod on a node shares one identity, and a compromised pod gets the node's permissions from the metadata server.",
  remediation: {
    text: 'Add `workload_identity_config { workload_pool = "PROJECT_ID.svc.id.goog" }` and map Kubernetes service accounts to IAM service accounts.',
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  workload_identity_config {
    workload_pool = "\${var.project_id}.svc.id.goog"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity"],
  check(resource) {
    return expectSetting(
      resource,
      "workload_identity",
      isTrue,
      `Cluster ${resource.name} does not use Workload Identity`,
    );
  },
};
