import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpGkeLegacyAbacDisabled: Rule = {
  id: "gcp-gke-legacy-abac-disabled",
  title: "GKE clusters have legacy ABAC disabled",
  severity: "high",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "Legacy ABAC grants broad, static permissions that RBAC cannot restrict: service accounts get rights far beyond what their roles say.",
  remediation: {
    text: "Set `enable_legacy_abac = false` and grant access with RBAC.",
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  enable_legacy_abac = false
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "legacy_abac",
      isFalse,
      `Cluster ${resource.name} has legacy ABAC authorization enabled`,
    );
  },
};
