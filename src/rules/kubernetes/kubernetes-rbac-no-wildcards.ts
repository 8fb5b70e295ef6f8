import type { Rule } from "../rule.ts";
import { checkRoleRules } from "./rbac.ts";

export const kubernetesRbacNoWildcards: Rule = {
  id: "kubernetes-rbac-no-wildcards",
  title: "RBAC roles grant no wildcard verbs, resources or API groups",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_role"],
  rationale:
    "`*` in a role grants everything that exists today and everything added later (new resources, CRDs, subresources such as pods/exec): the role's power is no longer reviewable.",
  remediation: {
    text: "List the API groups, resources and verbs the subject needs instead of `*`.",
    code: {
      kubernetes: `rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "watch"]`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
    "https://kubernetes.io/docs/reference/access-authn-authz/rbac/",
  ],
  check(resource) {
    return checkRoleRules(
      resource,
      (r) =>
        r.api_groups.includes("*")
          ? "api_groups"
          : r.resources.includes("*")
            ? "resources"
            : r.verbs.includes("*")
              ? "verbs"
              : null,
      (role, field) => `Role ${role} uses a wildcard in ${field}`,
    );
  },
};
