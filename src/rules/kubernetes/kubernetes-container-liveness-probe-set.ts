import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerLivenessProbeSet: Rule = {
  id: "kubernetes-container-liveness-probe-set",
  title: "Long-running containers have a liveness probe",
  severity: "low",
  category: "data_protection",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Without a liveness probe a hung process keeps its pod Running and serving nothing; the kubelet restarts only containers whose probe fails.",
  remediation: {
    text: "Add a `livenessProbe` (HTTP, TCP, gRPC or exec) to every long-running container.",
    code: {
      kubernetes: `livenessProbe:
  httpGet:
    path: /healthz
    port: 8080
  periodSeconds: 10`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
  ],
  check(resource) {
    return checkContainers(resource, {
      field: "liveness_probe",
      roles: ["container"],
      skipKinds: ["Job", "CronJob"],
      ok: (v) => v === true,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} has no liveness probe`,
    });
  },
};
