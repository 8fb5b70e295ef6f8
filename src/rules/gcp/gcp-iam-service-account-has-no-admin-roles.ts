import { fail, pass, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";
import { bindingParts, isAdminRole, memberLabel } from "./check-helpers.ts";

export const gcpIamServiceAccountHasNoAdminRoles: Rule = {
  id: "gcp-iam-service-account-has-no-admin-roles",
  title: "Service accounts hold no owner, editor or administrator roles",
  severity: "critical",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["iam_binding"],
  rationale:
    "A service account's key or token is what an attacker gets from a compromised VM, pod or pipeline. When that account holds roles/owner, roles/editor or an *Admin role, one compromised workload becomes control of the whole project: the overprivileged-service-account breach pattern.",
  remediation: {
    text: "Grant the service account only the predefined roles its workload needs (for GKE nodes: roles/logging.logWriter, roles/monitoring.metricWriter, roles/monitoring.viewer), never owner, editor or admin roles.",
    code: {
      terraform: `resource "google_project_iam_member" "nodes_logging" {
  project = var.project_id
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:\${google_service_account.nodes.email}"
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://cloud.google.com/iam/docs/service-account-overview",
    "https://cloud.google.com/iam/docs/understanding-roles#basic",
  ],
  check(resource) {
    const b = bindingParts(resource);
    if ("unknown" in b) return undetermined(b.unknown);
    const admin = b.roles.filter(isAdminRole);
    if (admin.length === 0) return pass();
    const accounts = b.members.filter((_, i) => b.kinds[i] === "serviceAccount");
    if (accounts.length > 0)
      return fail(
        `Service account ${accounts.map(memberLabel).join(", ")} is granted ${admin.join(", ")} at ${String(resource.config["scope"])} level`,
        "members",
      );
    if (b.kinds.some(isUnknown)) return undetermined("a member of the grant is unknown");
    return pass();
  },
};
