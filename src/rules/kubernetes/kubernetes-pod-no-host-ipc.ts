import type { Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";

export const kubernetesPodNoHostIpc: Rule = {
  id: "kubernetes-pod-no-host-ipc",
  title: "Pods do not share the host IPC namespace",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A pod with `hostIPC: true` shares the node's IPC namespace: shared memory and message queues of every process on the node. Pod Security Standards baseline forbids it.",
  remediation: {
    text: "Remove `hostIPC: true` from the pod spec.",
    code: {
      kubernetes: `spec:
  hostIPC: false`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    return expectSetting(
      resource,
      "host_ipc",
      isFalse,
      `Pod of ${q(resource.name)} shares the host ipc namespace (hostIPC)`,
    );
  },
};
