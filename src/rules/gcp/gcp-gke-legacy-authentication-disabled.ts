import { failAll, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";

export const gcpGkeLegacyAuthenticationDisabled: Rule = {
  id: "gcp-gke-legacy-authentication-disabled",
  title: "GKE clusters use no basic authentication or client certificates",
  severity: "high",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "A static password or a long-lived client certificate for the cluster admin cannot be rotated without recreating access and is not tied to a Google identity; if leaked, it grants cluster-admin forever.",
  remediation: {
    text: "Remove `username`/`password` from `master_auth` and set `issue_client_certificate = false`; authenticate with Google identities.",
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication"],
  check(resource) {
    const failures = [];
    for (const [key, label] of [
      ["basic_auth", "basic authentication"],
      ["client_certificate", "a client certificate"],
    ] as const) {
      const v = resource.config[key];
      if (v === undefined) continue;
      if (isUnknown(v)) return undetermined(`${label}: ${v.reason}`);
      if (v === true) failures.push({ message: `Cluster ${resource.name} issues ${label}`, path: key });
    }
    return failAll(failures);
  },
};
