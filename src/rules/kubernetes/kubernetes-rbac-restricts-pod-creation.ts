import type { Rule } from "../rule.ts";
import { checkRoleRules, grants, WORKLOADS } from "./rbac.ts";

export const kubernetesRbacRestrictsPodCreation: Rule = {
  id: "kubernetes-rbac-restricts-pod-creation",
  title: "RBAC roles do not grant creating pods or workloads",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_role"],
  rationale:
    "Whoever can create a pod (directly or through a Deployment, Job, DaemonSet\u2026) can run it under any service account of the namespace and mount its secrets: pod creation is privilege escalation in disguise.",
  remediation: {
    text: "Grant create on pods and workload controllers only to deployment pipelines and controllers.",
    code: {
      kubernetes: `rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "watch"]`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  check(resource) {
    return checkRoleRules(
      resource,
      (r) => (grants(r, ["create"], WORKLOADS, ["", "apps", "batch"]) ? "verbs" : null),
      (role) => `Role ${role} can create pods or workloads`,
    );
  },
};
