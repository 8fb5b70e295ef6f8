import type { Rule } from "../rule.ts";
import { checkRoleRules } from "./rbac.ts";

export const kubernetesRbacNoEscalationVerbs: Rule = {
  id: "kubernetes-rbac-no-escalation-verbs",
  title: "RBAC roles do not grant bind, escalate or impersonate",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_role"],
  rationale:
    "`escalate` lets a subject write roles with more permissions than it has, `bind` lets it grant them, `impersonate` lets it act as any user, group or service account: each is a way to cluster-admin.",
  remediation: {
    text: "Remove the bind, escalate and impersonate verbs.",
    code: {
      kubernetes: `rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["roles"]
    verbs: ["get", "list"]`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
    "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping",
  ],
  check(resource) {
    return checkRoleRules(
      resource,
      (r) => (r.verbs.some((v) => v === "bind" || v === "escalate" || v === "impersonate") ? "verbs" : null),
      (role) => `Role ${role} can bind, escalate or impersonate`,
    );
  },
};
