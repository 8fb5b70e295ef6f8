import type { Rule } from "../rule.ts";
import { expectSetting } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";

export const kubernetesServiceNotNodePort: Rule = {
  id: "kubernetes-service-not-node-port",
  title: "Services do not open node ports",
  severity: "low",
  category: "network",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_service"],
  rationale:
    "A NodePort Service listens on every node's address, outside any load balancer or ingress policy; nodes are often reachable from wider networks than the pods.",
  remediation: {
    text: "Use ClusterIP behind an Ingress, or a LoadBalancer service where external exposure is intended.",
    code: {
      kubernetes: `spec:
  type: ClusterIP`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"],
  check(resource) {
    return expectSetting(
      resource,
      "service_type",
      (v) => v !== "NodePort",
      `Service ${q(resource.name)} opens a port on every node (NodePort)`,
    );
  },
};
