import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerSeccompProfileSet: Rule = {
  id: "kubernetes-container-seccomp-profile-set",
  title: "Containers run with a seccomp profile",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Without a seccomp profile a container may call every system call of the kernel, including those behind most container escapes. `RuntimeDefault` blocks them at no cost to ordinary applications; Pod Security Standards restricted requires it.",
  remediation: {
    text: "Set `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost` with a profile) on the pod or each container.",
    code: {
      kubernetes: `securityContext:
  seccompProfile:
    type: RuntimeDefault`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
    "https://kubernetes.io/docs/tutorials/security/seccomp/",
  ],
  check(resource) {
    return checkContainers(resource, {
      field: "seccomp_profile",
      ok: (v) => v === "RuntimeDefault" || v === "Localhost",
      message: (c, v) =>
        `Container ${q(c)} of ${q(resource.name)} ${v === null ? "has no seccomp profile" : `runs with seccomp profile ${q(String(v))}`}`,
    });
  },
};
