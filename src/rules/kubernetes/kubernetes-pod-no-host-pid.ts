import type { Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";

export const kubernetesPodNoHostPid: Rule = {
  id: "kubernetes-pod-no-host-pid",
  title: "Pods do not share the host PID namespace",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A pod with `hostPID: true` shares the node's process table: it can see, signal and trace every process of the node, read their environment and reach their files through /proc. Pod Security Standards baseline forbids it.",
  remediation: {
    text: "Remove `hostPID: true` from the pod spec.",
    code: {
      kubernetes: `spec:
  hostPID: false`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    return expectSetting(
      resource,
      "host_pid",
      isFalse,
      `Pod of ${q(resource.name)} shares the host pid namespace (hostPID)`,
    );
  },
};
