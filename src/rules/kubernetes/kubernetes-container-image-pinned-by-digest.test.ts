import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerImagePinnedByDigest } from "./kubernetes-container-image-pinned-by-digest.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerImagePinnedByDigest, {
  fail: [
    {
      name: "tag only",
      format: "kubernetes",
      files: pod(""),
      line: 9,
      path: "containers.0.image_digest",
    },
  ],
  pass: [
    {
      name: "digest",
      format: "kubernetes",
      files: pod(
        "",
        "",
        "registry.example.com/shop/app@sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
      ),
    },
  ],
});
