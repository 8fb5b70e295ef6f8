import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerReadOnlyRootFilesystem: Rule = {
  id: "kubernetes-container-read-only-root-filesystem",
  title: "Containers run with a read-only root filesystem",
  severity: "low",
  category: "data_protection",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A writable root filesystem lets an intruder drop tools and persist changes inside the container; a read-only one confines writes to declared volumes.",
  remediation: {
    text: "Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where the application must write.",
    code: {
      kubernetes: `securityContext:
  readOnlyRootFilesystem: true`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
  check(resource) {
    return checkContainers(resource, {
      field: "read_only_root_filesystem",
      ok: (v) => v === true,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} has a writable root filesystem`,
    });
  },
};
