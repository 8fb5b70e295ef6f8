import type { Rule } from "../rule.ts";
import { checkRoleRules, grants } from "./rbac.ts";

export const kubernetesRbacRestrictsSecretAccess: Rule = {
  id: "kubernetes-rbac-restricts-secret-access",
  title: "RBAC roles do not grant reading Secrets",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_role"],
  rationale:
    "get, list or watch on Secrets reads every credential of the namespace (or the cluster, for a ClusterRole), service account tokens included: one of them usually leads to more privilege.",
  remediation: {
    text: "Grant Secret access only to the controllers that need it, by `resourceNames` where possible.",
    code: {
      kubernetes: `rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames: ["app-tls"]
    verbs: ["get"]`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  check(resource) {
    return checkRoleRules(
      resource,
      (r) => (grants(r, ["get", "list", "watch"], ["secrets"], [""]) ? "verbs" : null),
      (role) => `Role ${role} can read Secrets`,
    );
  },
};
