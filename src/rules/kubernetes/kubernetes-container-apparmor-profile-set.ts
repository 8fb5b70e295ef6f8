import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerApparmorProfileSet: Rule = {
  id: "kubernetes-container-apparmor-profile-set",
  title: "Containers run with an AppArmor profile",
  severity: "low",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "AppArmor confines what a process may read, write and execute on the node. An `Unconfined` profile switches it off (forbidden by Pod Security Standards baseline); setting the runtime default explicitly keeps it on where the node's default differs.",
  remediation: {
    text: "Set `securityContext.appArmorProfile.type: RuntimeDefault` (Kubernetes 1.30+) or the `container.apparmor.security.beta.kubernetes.io/<container>: runtime/default` annotation.",
    code: {
      kubernetes: `securityContext:
  appArmorProfile:
    type: RuntimeDefault`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
    "https://kubernetes.io/docs/tutorials/security/apparmor/",
  ],
  check(resource) {
    return checkContainers(resource, {
      field: "apparmor_profile",
      ok: (v) => v === "RuntimeDefault" || v === "Localhost",
      message: (c, v) =>
        `Container ${q(c)} of ${q(resource.name)} ${v === null ? "has no AppArmor profile" : `runs with AppArmor profile ${q(String(v))}`}`,
    });
  },
};
