import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerNotPrivileged: Rule = {
  id: "kubernetes-container-not-privileged",
  title: "Containers do not run privileged",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A privileged container has every capability and every device of the node: escaping to the host is a " +
    "matter of mounting its disk. Pod Security Standards forbid it at the baseline level.",
  remediation: {
    text: "Remove `securityContext.privileged: true`; grant the one capability the workload needs instead.",
    code: {
      kubernetes: `containers:
  - name: app
    securityContext:
      privileged: false`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    return checkContainers(resource, {
      field: "privileged",
      ok: (v) => v === false,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} runs privileged`,
    });
  },
};
