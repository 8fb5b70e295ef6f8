import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerNotRunAsUid0: Rule = {
  id: "kubernetes-container-not-run-as-uid-0",
  title: "Containers are not told to run as UID 0",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "`runAsUser: 0` asks for root explicitly and overrides a non-root USER in the image. Pod Security Standards restricted forbids it.",
  remediation: {
    text: "Set `runAsUser` to a non-zero UID, or remove it and let a non-root image user apply.",
    code: {
      kubernetes: `securityContext:
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
      field: "run_as_user",
      ok: (v) => v !== 0,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} runs as UID 0 (root)`,
    });
  },
};
