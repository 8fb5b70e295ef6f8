import type { Rule } from "../rule.ts";
import { expectSetting } from "../common/expect-setting.ts";
import { skip } from "../rule.ts";
import { q } from "./container-check.ts";

export const kubernetesPodNoHostPathVolumes: Rule = {
  id: "kubernetes-pod-no-host-path-volumes",
  title: "Pods mount no hostPath volumes",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A hostPath volume gives the container a directory of the node: node credentials, other pods' data, the container runtime's socket. Pod Security Standards baseline forbids hostPath volumes.",
  remediation: {
    text: "Use a persistent volume claim, an emptyDir, or a CSI driver instead of hostPath.",
    code: {
      kubernetes: `volumes:
  - name: data
    persistentVolumeClaim:
      claimName: data`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"],
  check(resource) {
    // Node agents (CNI, log shippers, CSI drivers) live in kube-system and need the node's paths;
    // the sensitive-path rule still judges them.
    if (resource.config["namespace"] === "kube-system") return skip("kube-system runs the node's own agents");
    return expectSetting(
      resource,
      "host_path_volumes",
      (v) => Array.isArray(v) && v.length === 0,
      `Pod of ${q(resource.name)} mounts host paths from the node`,
    );
  },
};
