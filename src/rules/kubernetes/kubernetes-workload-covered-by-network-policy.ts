import type { Rule } from "../rule.ts";
import { isUnknown, isValueMap } from "../../model/value.ts";
import { fail, pass, skip, undetermined } from "../rule.ts";
import { q } from "./container-check.ts";

export const kubernetesWorkloadCoveredByNetworkPolicy: Rule = {
  id: "kubernetes-workload-covered-by-network-policy",
  title: "Workloads are selected by a NetworkPolicy",
  severity: "medium",
  category: "network",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Pods that no NetworkPolicy selects accept traffic from every pod of the cluster and may connect anywhere: one compromised pod reaches them all. A default-deny policy per namespace, then policies allowing what is needed, close that.",
  remediation: {
    text: "Add a NetworkPolicy in the namespace that selects the pods (an empty `podSelector` selects all), starting from default deny.",
    code: {
      kubernetes: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/"],
  check(resource, ctx) {
    const ns = resource.config["namespace"];
    const labels = resource.config["pod_labels"];
    if (ns === undefined || labels === undefined)
      return skip("namespace or labels not expressed by this source");
    if (isUnknown(ns) || !isValueMap(labels)) return undetermined("namespace or pod labels are not known");
    // Policies are judged across every file of the scan: manifests of one namespace are often split.
    const policies = ctx.graph
      .all()
      .filter((r) => r.type === "kubernetes_network_policy" && r.config["namespace"] === ns);
    let unknownSelector = false;
    for (const p of policies) {
      const sel = p.config["pod_selector"];
      if (!isValueMap(sel)) {
        unknownSelector = true;
        continue;
      }
      if (Object.entries(sel).every(([k, v]) => labels[k] === v)) return pass();
    }
    if (unknownSelector) return undetermined("a NetworkPolicy of the namespace selects pods by expressions");
    return fail(`No NetworkPolicy in namespace ${q(String(ns))} selects the pods of ${q(resource.name)}`);
  },
};
