import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerCpuRequestsSet: Rule = {
  id: "kubernetes-container-cpu-requests-set",
  title: "Containers set CPU requests",
  severity: "low",
  category: "cost",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Without a CPU request the scheduler places the pod as if it needed nothing: nodes get overcommitted and the pod is the first evicted under pressure.",
  remediation: {
    text: "Set `resources.requests.cpu` on every container (a namespace LimitRange can supply defaults).",
    code: {
      kubernetes: `resources:
  requests:
    cpu: 500m`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"],
  check(resource) {
    return checkContainers(resource, {
      field: "resources.cpu_request",
      roles: ["container", "init"],
      ok: (v) => v !== null,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} sets no CPU request`,
    });
  },
};
