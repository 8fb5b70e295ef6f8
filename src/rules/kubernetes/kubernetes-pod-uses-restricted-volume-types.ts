import type { Rule } from "../rule.ts";
import { expectSetting } from "../common/expect-setting.ts";
import { q } from "./container-check.ts";
const RESTRICTED_VOLUMES = new Set([
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "persistentVolumeClaim",
  "projected",
  "secret",
]);

export const kubernetesPodUsesRestrictedVolumeTypes: Rule = {
  id: "kubernetes-pod-uses-restricted-volume-types",
  title: "Pods use only restricted volume types",
  severity: "low",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Pod Security Standards restricted admits only volume types that cannot reach node or network storage outside the cluster's control: configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret.",
  remediation: {
    text: "Replace other volume types with a persistentVolumeClaim backed by a storage class.",
    code: {
      kubernetes: `volumes:
  - name: data
    persistentVolumeClaim:
      claimName: data`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"],
  check(resource) {
    return expectSetting(
      resource,
      "volume_types",
      (v) => Array.isArray(v) && v.every((t) => typeof t === "string" && RESTRICTED_VOLUMES.has(t)),
      `Pod of ${q(resource.name)} uses volume types outside the restricted set`,
    );
  },
};
