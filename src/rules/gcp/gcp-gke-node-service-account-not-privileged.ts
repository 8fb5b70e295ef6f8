import { fail, pass, skip, type Rule } from "../rule.ts";
import { isAdminRole } from "./check-helpers.ts";

export const gcpGkeNodeServiceAccountNotPrivileged: Rule = {
  id: "gcp-gke-node-service-account-not-privileged",
  title: "GKE nodes do not run as a service account with owner, editor or admin roles",
  severity: "critical",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["container_node_pool"],
  rationale:
    "Any pod that escapes to the node, or reaches the metadata server, gets the node service account's token. When that account holds roles/owner or another admin role, one vulnerable web application becomes full control of the project: the overprivileged-service-account breach pattern.",
  remediation: {
    text: "Remove owner, editor and admin grants from the node service account; give it only roles/logging.logWriter, roles/monitoring.metricWriter and roles/monitoring.viewer, and use Workload Identity for pods that need more.",
    code: {
      terraform: `resource "google_project_iam_member" "nodes_log_writer" {
  project = var.project_id
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:\${google_service_account.gke_nodes.email}"
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#use_least_privilege_sa",
  ],
  check(resource, ctx) {
    const accounts = ctx.graph.outgoing(resource.uid, "runs_as");
    if (accounts.length === 0) return skip("the node service account is not declared in this configuration");
    const grants: string[] = [];
    for (const account of accounts) {
      for (const binding of ctx.graph.incoming(account.uid, "grants")) {
        const roles = binding.config["roles"];
        if (!Array.isArray(roles)) continue;
        for (const role of roles)
          if (typeof role === "string" && isAdminRole(role)) grants.push(`${role} (${account.name})`);
      }
    }
    if (grants.length === 0) return pass();
    return fail(
      `Node pool ${resource.name} runs as a service account granted ${grants.join(", ")}`,
      "identity",
    );
  },
};
