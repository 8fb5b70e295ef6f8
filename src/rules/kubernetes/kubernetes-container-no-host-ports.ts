import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerNoHostPorts: Rule = {
  id: "kubernetes-container-no-host-ports",
  title: "Containers do not bind host ports",
  severity: "medium",
  category: "network",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A `hostPort` opens the port on the node's own address, around Services and NetworkPolicies, and pins the pod to nodes where the port is free. Pod Security Standards baseline disallows it.",
  remediation: {
    text: "Remove `hostPort` and expose the container through a Service.",
    code: {
      kubernetes: `ports:
  - containerPort: 8080`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    return checkContainers(resource, {
      field: "host_ports",
      ok: (v) => Array.isArray(v) && v.length === 0,
      message: (c, v) =>
        `Container ${q(c)} of ${q(resource.name)} binds host port ${(v as number[]).join(", ")}`,
    });
  },
};
