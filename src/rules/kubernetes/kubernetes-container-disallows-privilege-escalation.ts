import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerDisallowsPrivilegeEscalation: Rule = {
  id: "kubernetes-container-disallows-privilege-escalation",
  title: "Containers disallow privilege escalation",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Unless `allowPrivilegeEscalation` is false, a process can gain more privileges than its parent through setuid binaries or file capabilities, the usual second step after a container compromise. Pod Security Standards require it at the restricted level.",
  remediation: {
    text: "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
    code: {
      kubernetes: `securityContext:
  allowPrivilegeEscalation: false`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
    "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
  ],
  check(resource) {
    return checkContainers(resource, {
      field: "allow_privilege_escalation",
      ok: (v) => v === false,
      message: (c) =>
        `Container ${q(c)} of ${q(resource.name)} allows privilege escalation (allowPrivilegeEscalation is not false)`,
    });
  },
};
