import type { Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";

export const kubernetesPodNoHostNetwork: Rule = {
  id: "kubernetes-pod-no-host-network",
  title: "Pods do not share the host network namespace",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A pod with `hostNetwork: true` shares the node's network stack: it sees all node traffic, reaches services bound to localhost and bypasses NetworkPolicies. Pod Security Standards baseline forbids it.",
  remediation: {
    text: "Remove `hostNetwork: true` from the pod spec.",
    code: {
      kubernetes: `spec:
  hostNetwork: false`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    return expectSetting(
      resource,
      "host_network",
      isFalse,
      `Pod of ${q(resource.name)} shares the host network namespace (hostNetwork)`,
    );
  },
};
