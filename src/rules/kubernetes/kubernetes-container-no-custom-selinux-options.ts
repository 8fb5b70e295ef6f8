import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerNoCustomSelinuxOptions: Rule = {
  id: "kubernetes-container-no-custom-selinux-options",
  title: "Containers do not override their SELinux user, role or type",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A custom SELinux type, user or role can lift the confinement the runtime applies (`spc_t` runs unconfined). Pod Security Standards baseline allows only the container types.",
  remediation: {
    text: "Remove `seLinuxOptions.user` and `role`, and use a container type (`container_t`, `container_init_t`, `container_kvm_t`).",
    code: {
      kubernetes: `securityContext:
  seLinuxOptions:
    level: s0:c123,c456`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    return checkContainers(resource, {
      field: "selinux_custom",
      ok: (v) => v === false,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} overrides its SELinux user, role or type`,
    });
  },
};
