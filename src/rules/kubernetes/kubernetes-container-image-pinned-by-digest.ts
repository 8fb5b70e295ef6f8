import type { Rule } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

export const kubernetesContainerImagePinnedByDigest: Rule = {
  id: "kubernetes-container-image-pinned-by-digest",
  title: "Container images are pinned by digest",
  severity: "low",
  category: "data_protection",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "A tag can be moved to other content at any time, by the publisher or by whoever takes over the registry account; a digest names exactly the image that was reviewed and scanned.",
  remediation: {
    text: "Reference images as `name@sha256:<digest>` (tools such as crane or Renovate keep digests current).",
    code: {
      kubernetes: `image: registry.example.com/shop/app@sha256:<digest>`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/containers/images/"],
  check(resource) {
    return checkContainers(resource, {
      field: "image_digest",
      ok: (v) => v !== null,
      message: (c) => `Container ${q(c)} of ${q(resource.name)} uses an image without a digest`,
    });
  },
};
