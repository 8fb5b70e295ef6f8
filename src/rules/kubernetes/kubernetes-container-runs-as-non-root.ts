import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerRunsAsNonRoot: Rule = {
  id: "kubernetes-container-runs-as-non-root",
  title: "Containers must run as a non-root user",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A container running as root is root on the node's kernel: one kernel or runtime flaw away from the host. `runAsNonRoot: true` makes the kubelet refuse to start an image that would run as UID 0.",
  remediation: {
    text: "Set `runAsNonRoot: true` (pod or container `securityContext`), or a non-zero `runAsUser`.",
    code: {
      kubernetes: `securityContext:
  runAsNonRoot: true
  runAsUser: 10001`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
    "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
  ],
  check(resource) {
    return checkContainers(resource, {
      field: "run_as_non_root",
      ok: (v, c) => v === true || (typeof c["run_as_user"] === "number" && c["run_as_user"] > 0),
      message: (c) =>
        `Container ${q(c)} of ${q(resource.name)} may run as root: runAsNonRoot is not true and no non-zero runAsUser is set`,
    });
  },
};
