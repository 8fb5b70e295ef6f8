import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerDefaultProcMount: Rule = {
  id: "kubernetes-container-default-proc-mount",
  title: "Containers keep the default /proc mask",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "`procMount: Unmasked` exposes the node's /proc paths that the runtime normally masks, kernel information an intruder uses to escape. Pod Security Standards baseline requires the default.",
  remediation: {
    text: "Remove `securityContext.procMount` or set it to `Default`.",
    code: {
      kubernetes: `securityContext:
  procMount: Default`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    return checkContainers(resource, {
      field: "proc_mount",
      ok: (v) => v === "Default",
      message: (c, v) => `Container ${q(c)} of ${q(resource.name)} sets procMount ${q(String(v))}`,
    });
  },
};
