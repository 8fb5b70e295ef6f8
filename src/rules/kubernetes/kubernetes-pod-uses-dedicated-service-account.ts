import type { Rule } from "../rule.ts";
import { expectSetting } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";

export const kubernetesPodUsesDedicatedServiceAccount: Rule = {
  id: "kubernetes-pod-uses-dedicated-service-account",
  title: "Pods run under their own service account, not default",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Every pod of a namespace that names no service account shares `default`: a permission granted to one of them is granted to all, and a compromised pod's token speaks for every other.",
  remediation: {
    text: "Create a ServiceAccount per workload and set `serviceAccountName`.",
    code: {
      kubernetes: `spec:
  serviceAccountName: shop-api`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/service-accounts/",
    "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "service_account",
      (v) => v !== "default",
      `Pod of ${q(resource.name)} runs under the default service account`,
    );
  },
};
