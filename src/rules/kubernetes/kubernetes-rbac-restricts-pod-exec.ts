import type { Rule } from "../rule.ts";
import { checkRoleRules, grants } from "./rbac.ts";

export const kubernetesRbacRestrictsPodExec: Rule = {
  id: "kubernetes-rbac-restricts-pod-exec",
  title: "RBAC roles do not grant exec, attach or port-forward into pods",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_role"],
  rationale:
    "pods/exec, pods/attach and pods/portforward give a shell or a tunnel into running containers, with their mounted credentials, bypassing everything the application enforces.",
  remediation: {
    text: "Remove the pods/exec, pods/attach and pods/portforward subresources; use a break-glass role with audit for debugging.",
    code: {
      kubernetes: `rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list"]`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  check(resource) {
    return checkRoleRules(
      resource,
      (r) =>
        grants(r, ["create", "get"], ["pods/exec", "pods/attach", "pods/portforward"], [""])
          ? "resources"
          : null,
      (role) => `Role ${role} can exec, attach or port-forward into pods`,
    );
  },
};
