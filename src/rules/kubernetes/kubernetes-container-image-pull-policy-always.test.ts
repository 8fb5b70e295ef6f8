import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerImagePullPolicyAlways } from "./kubernetes-container-image-pull-policy-always.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerImagePullPolicyAlways, {
  fail: [
    {
      name: "IfNotPresent",
      format: "kubernetes",
      files: pod("imagePullPolicy: IfNotPresent"),
      line: 10,
      path: "containers.0.image_pull_policy",
    },
    {
      name: "versioned tag defaults to IfNotPresent",
      format: "kubernetes",
      files: pod(""),
      line: 8,
    },
  ],
  pass: [
    {
      name: "Always",
      format: "kubernetes",
      files: pod("imagePullPolicy: Always"),
    },
    {
      name: "latest defaults to Always",
      format: "kubernetes",
      files: pod("", "", "nginx:latest"),
    },
  ],
});
