import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerNotWindowsHostProcess: Rule = {
  id: "kubernetes-container-not-windows-host-process",
  title: "Windows containers do not run as HostProcess",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A Windows HostProcess container runs directly on the node with host access: the equivalent of a privileged container. Pod Security Standards baseline forbids it.",
  remediation: {
    text: "Remove `windowsOptions.hostProcess: true`.",
    code: {
      kubernetes: `securityContext:
  windowsOptions:
    hostProcess: false`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    return checkContainers(resource, {
      field: "host_process",
      ok: (v) => v === false,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} runs as a Windows HostProcess container`,
    });
  },
};
