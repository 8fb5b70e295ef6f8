import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerMemoryRequestsSet: Rule = {
  id: "kubernetes-container-memory-requests-set",
  title: "Containers set memory requests",
  severity: "low",
  category: "cost",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Without a memory request the scheduler places the pod as if it needed nothing: nodes get overcommitted and the pod is the first evicted under pressure.",
  remediation: {
    text: "Set `resources.requests.memory` on every container (a namespace LimitRange can supply defaults).",
    code: {
      kubernetes: `resources:
  requests:
    memory: 256Mi`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"],
  check(resource) {
    return checkContainers(resource, {
      field: "resources.memory_request",
      roles: ["container", "init"],
      ok: (v) => v !== null,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} sets no memory request`,
    });
  },
};
