import type { Rule } from "../rule.ts";
import { expectSetting } from "../common/expect-setting.ts";
import { skip } from "../rule.ts";
import { q } from "./container-check.ts";

export const kubernetesResourceNotInDefaultNamespace: Rule = {
  id: "kubernetes-resource-not-in-default-namespace",
  title: "Objects are not deployed to the default namespace",
  severity: "low",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: [
    "kubernetes_workload",
    "kubernetes_service",
    "kubernetes_service_account",
    "kubernetes_role",
    "kubernetes_role_binding",
    "kubernetes_network_policy",
    "kubernetes_ingress",
  ],
  rationale:
    "The default namespace is where everything without a home lands: RBAC, quotas, network policies and Pod Security admission set per namespace cannot separate what shares it. A manifest without a namespace goes to default unless the deploy says otherwise.",
  remediation: {
    text: "Create a namespace per application or team and set `metadata.namespace`.",
    code: {
      kubernetes: `metadata:
  name: app
  namespace: shop`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"],
  check(resource) {
    if (resource.config["cluster_scoped"] === true) return skip("cluster-scoped object");
    return expectSetting(
      resource,
      "namespace",
      (v) => v !== "default",
      resource.config["namespace_set"] === true
        ? `${resource.native_type} ${q(resource.name)} is in the default namespace`
        : `${resource.native_type} ${q(resource.name)} names no namespace: it is deployed to default`,
    );
  },
};
