import type { Rule } from "../rule.ts";
import { expectSetting } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";

export const kubernetesNamespaceEnforcesPodSecurity: Rule = {
  id: "kubernetes-namespace-enforces-pod-security",
  title: "Namespaces enforce a Pod Security Standard",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_namespace"],
  rationale:
    "Pod Security admission rejects privileged, host-namespace and root pods only in namespaces labelled to " +
    "enforce a level; an unlabelled namespace admits anything its users can write.",
  remediation: {
    text: "Label the namespace `pod-security.kubernetes.io/enforce: restricted` (or `baseline` where workloads need it).",
    code: {
      kubernetes: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: restricted`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-admission/"],
  check(resource) {
    return expectSetting(
      resource,
      "pod_security_enforce",
      (v) => v === "baseline" || v === "restricted",
      `Namespace ${q(resource.name)} does not enforce the baseline or restricted Pod Security Standard`,
    );
  },
};
