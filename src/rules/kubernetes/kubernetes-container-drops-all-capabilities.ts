import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerDropsAllCapabilities: Rule = {
  id: "kubernetes-container-drops-all-capabilities",
  title: "Containers drop all Linux capabilities",
  severity: "low",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Containers start with the runtime's default capabilities (NET_RAW, CHOWN, SETUID, \u2026), most of which an application never uses. Dropping ALL and adding back only what is needed is what Pod Security Standards restricted requires.",
  remediation: {
    text: "Set `securityContext.capabilities.drop: [ALL]` and add back only what the process needs.",
    code: {
      kubernetes: `securityContext:
  capabilities:
    drop: [ALL]`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
    "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
  ],
  check(resource) {
    return checkContainers(resource, {
      field: "capabilities_dropped",
      ok: (v) => Array.isArray(v) && v.includes("ALL"),
      message: (c) => `Container ${q(c)} of ${q(resource.name)} does not drop ALL capabilities`,
    });
  },
};
