import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerMemoryLimitsSet: Rule = {
  id: "kubernetes-container-memory-limits-set",
  title: "Containers set memory limits",
  severity: "medium",
  category: "cost",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Without a memory limit one container can starve every other workload of its node, by accident or under attack (a denial of service); the scheduler cannot place it sensibly either.",
  remediation: {
    text: "Set `resources.limits.memory` on every container (a namespace LimitRange can supply defaults).",
    code: {
      kubernetes: `resources:
  limits:
    memory: 256Mi`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"],
  check(resource) {
    return checkContainers(resource, {
      field: "resources.memory_limit",
      roles: ["container", "init"],
      ok: (v) => v !== null,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} sets no memory limit`,
    });
  },
};
