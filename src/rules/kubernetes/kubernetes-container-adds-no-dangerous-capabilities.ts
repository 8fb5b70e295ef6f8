import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerAddsNoDangerousCapabilities: Rule = {
  id: "kubernetes-container-adds-no-dangerous-capabilities",
  title: "Containers add no Linux capabilities beyond the baseline set",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or ALL give a container powers over the node's kernel, network or other processes; many container escapes start there. Pod Security Standards baseline allows adding only the runtime's default set.",
  remediation: {
    text: "Remove the capability from `securityContext.capabilities.add`; if one is truly needed, add only that one and document why.",
    code: {
      kubernetes: `securityContext:
  capabilities:
    drop: [ALL]
    add: [NET_BIND_SERVICE]`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
    "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
  ],
  check(resource) {
    return checkContainers(resource, {
      field: "capabilities_added",
      ok: (v) => Array.isArray(v) && v.every((c) => typeof c === "string" && BASELINE_CAPABILITIES.has(c)),
      message: (c, v) =>
        `Container ${q(c)} of ${q(resource.name)} adds ${(v as string[]).filter((x) => !BASELINE_CAPABILITIES.has(x)).join(", ")}`,
    });
  },
};

/** The capabilities Pod Security Standards baseline lets a container add (the runtime default set). */
const BASELINE_CAPABILITIES = new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT",
]);
