import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerImageTagNotLatest: Rule = {
  id: "kubernetes-container-image-tag-not-latest",
  title: "Container images name a version, not latest",
  severity: "medium",
  category: "data_protection",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "`latest` (or no tag at all, which means latest) deploys whatever was pushed last: rollbacks do not roll back and two replicas may run different code.",
  remediation: {
    text: "Reference a versioned tag or a digest.",
    code: {
      kubernetes: `image: registry.example.com/shop/app:1.4.2`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/containers/images/"],
  check(resource) {
    return checkContainers(resource, {
      field: "image_tag",
      ok: (v, c) => (v !== null && v !== "latest") || c["image_digest"] !== null,
      message: (c, v) =>
        `Container ${q(c)} of ${q(resource.name)} uses ${v === null ? "an untagged image (latest)" : "the latest tag"}`,
    });
  },
};
