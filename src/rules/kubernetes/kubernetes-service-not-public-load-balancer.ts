import type { Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined } from "../rule.ts";
import { q } from "./container-check.ts";

export const kubernetesServiceNotPublicLoadBalancer: Rule = {
  id: "kubernetes-service-not-public-load-balancer",
  title: "Services are not exposed by an internet-facing load balancer",
  severity: "medium",
  category: "public_exposure",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_service"],
  rationale:
    "A Service of type LoadBalancer gets a public cloud load balancer unless annotated as internal: the workload is on the internet, usually without the WAF, TLS and authentication an Ingress would provide.",
  remediation: {
    text: "Use ClusterIP behind an Ingress or gateway, or annotate the Service for an internal load balancer.",
    code: {
      kubernetes: `metadata:
  annotations:
    service.beta.kubernetes.io/azure-load-balancer-internal: "true"
spec:
  type: LoadBalancer`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer"],
  check(resource) {
    const type = resource.config["service_type"];
    if (type === undefined) return skip("service_type is not expressed by this source");
    if (isUnknown(type)) return undetermined(type.reason);
    if (type !== "LoadBalancer") return pass();
    const internal = resource.config["internal_load_balancer"];
    if (isUnknown(internal)) return undetermined(internal.reason);
    return internal === true
      ? pass()
      : fail(`Service ${q(resource.name)} is exposed by an internet-facing load balancer`, "service_type");
  },
};
