import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerRunsWithHighUid: Rule = {
  id: "kubernetes-container-runs-with-high-uid",
  title: "Containers run with a UID of 10000 or more",
  severity: "low",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Low UIDs collide with users that exist on the node (system accounts, UID 1000): a container escape then lands with that user's files. A UID of 10000 or more is unlikely to match a host account.",
  remediation: {
    text: "Set `runAsUser` to 10000 or more, at pod or container level.",
    code: {
      kubernetes: `securityContext:
  runAsUser: 10001`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
  check(resource) {
    return checkContainers(resource, {
      field: "run_as_user",
      ok: (v) => typeof v === "number" && v >= 10000,
      message: (c, v) =>
        `Container ${q(c)} of ${q(resource.name)} runs with ${v === null ? "the image's user (runAsUser unset)" : `UID ${String(v)}`}, below 10000`,
    });
  },
};
