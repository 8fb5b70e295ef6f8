import type { Rule } from "../rule.ts";
import { expectSetting } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";
/** The safe sysctls of Pod Security Standards baseline (as of Kubernetes 1.29). */
const SAFE_SYSCTLS = new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
]);

export const kubernetesPodNoUnsafeSysctls: Rule = {
  id: "kubernetes-pod-no-unsafe-sysctls",
  title: "Pods set only namespaced, safe sysctls",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Sysctls outside the safe set change kernel settings for the whole node or other pods. Pod Security Standards baseline allows only the safe set.",
  remediation: {
    text: "Remove unsafe sysctls from `securityContext.sysctls`; tune the node itself if the setting is really needed.",
    code: {
      kubernetes: `securityContext:
  sysctls:
    - name: net.ipv4.ip_local_port_range
      value: "32768 60999"`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
    "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "sysctls",
      (v) => Array.isArray(v) && v.every((s) => typeof s === "string" && SAFE_SYSCTLS.has(s)),
      `Pod of ${q(resource.name)} sets sysctls outside the safe set`,
    );
  },
};
