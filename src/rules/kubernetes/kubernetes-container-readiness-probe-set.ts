import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerReadinessProbeSet: Rule = {
  id: "kubernetes-container-readiness-probe-set",
  title: "Long-running containers have a readiness probe",
  severity: "low",
  category: "data_protection",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Without a readiness probe a container receives traffic as soon as it starts, and keeps receiving it when it can no longer serve.",
  remediation: {
    text: "Add a `readinessProbe` to every long-running container.",
    code: {
      kubernetes: `readinessProbe:
  httpGet:
    path: /ready
    port: 8080`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
  ],
  check(resource) {
    return checkContainers(resource, {
      field: "readiness_probe",
      roles: ["container"],
      skipKinds: ["Job", "CronJob"],
      ok: (v) => v === true,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} has no readiness probe`,
    });
  },
};
