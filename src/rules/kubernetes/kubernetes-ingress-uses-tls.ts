import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";

export const kubernetesIngressUsesTls: Rule = {
  id: "kubernetes-ingress-uses-tls",
  title: "Ingresses serve their hosts over TLS",
  severity: "medium",
  category: "encryption",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_ingress"],
  rationale:
    "An Ingress without a `tls` section exposes its hosts over plain HTTP: credentials and session cookies " +
    "cross the network readable by anyone on the path.",
  remediation: {
    text: "Add a `tls` entry naming the hosts and the Secret that holds their certificate (cert-manager can issue it).",
    code: {
      kubernetes: `spec:
  tls:
    - hosts: ["shop.example.com"]
      secretName: shop-tls`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"],
  check(resource) {
    return expectSetting(
      resource,
      "tls",
      isTrue,
      `Ingress ${q(resource.name)} serves plain HTTP (no tls section)`,
    );
  },
};
