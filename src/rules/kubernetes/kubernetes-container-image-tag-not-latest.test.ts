import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerImageTagNotLatest } from "./kubernetes-container-image-tag-not-latest.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerImageTagNotLatest, {
  fail: [
    {
      name: "latest",
      format: "kubernetes",
      files: pod("", "", "nginx:latest"),
      line: 9,
      path: "containers.0.image_tag",
      message: "latest tag",
    },
    {
      name: "no tag, registry with a port",
      format: "kubernetes",
      files: pod("", "", "registry.local:5000/shop/app"),
      line: 9,
      message: "untagged",
    },
  ],
  pass: [
    {
      name: "versioned tag",
      format: "kubernetes",
      files: pod(""),
    },
    {
      name: "digest without a tag",
      format: "kubernetes",
      files: pod("", "", "nginx@sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
    },
  ],
});
