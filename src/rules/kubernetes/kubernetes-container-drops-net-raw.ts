import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerDropsNetRaw: Rule = {
  id: "kubernetes-container-drops-net-raw",
  title: "Containers do not keep the NET_RAW capability",
  severity: "medium",
  category: "network",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "NET_RAW, in the runtime's default set, lets a process craft raw packets: ARP and DNS spoofing of its neighbours on the node's network.",
  remediation: {
    text: "Drop NET_RAW (or ALL) in `securityContext.capabilities.drop`, and do not add it back.",
    code: {
      kubernetes: `securityContext:
  capabilities:
    drop: [ALL]`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"],
  check(resource) {
    return checkContainers(resource, {
      field: "capabilities_dropped",
      ok: (v, c) =>
        Array.isArray(v) &&
        (v.includes("ALL") || v.includes("NET_RAW")) &&
        !(
          Array.isArray(c["capabilities_added"]) &&
          c["capabilities_added"].some((x) => x === "NET_RAW" || x === "ALL")
        ),
      message: (c) => `Container ${q(c)} of ${q(resource.name)} keeps the NET_RAW capability`,
    });
  },
};
