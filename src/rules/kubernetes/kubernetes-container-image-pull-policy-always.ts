import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerImagePullPolicyAlways: Rule = {
  id: "kubernetes-container-image-pull-policy-always",
  title: "Container images are pulled on every start",
  severity: "low",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "With `IfNotPresent` or `Never`, a pod on a node that already holds the image starts it without the registry checking the pod's pull credentials: another tenant's private image can be run by name.",
  remediation: {
    text: "Set `imagePullPolicy: Always` (or enable the AlwaysPullImages admission plugin).",
    code: {
      kubernetes: `imagePullPolicy: Always`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/containers/images/"],
  check(resource) {
    return checkContainers(resource, {
      field: "image_pull_policy",
      ok: (v) => v === "Always",
      message: (c, v) => `Container ${q(c)} of ${q(resource.name)} has imagePullPolicy ${q(String(v))}`,
    });
  },
};
