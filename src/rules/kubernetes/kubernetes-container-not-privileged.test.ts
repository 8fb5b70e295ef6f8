import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerNotPrivileged } from "./kubernetes-container-not-privileged.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesContainerNotPrivileged, {
  fail: [
    {
      name: "pod with a privileged container",
      format: "kubernetes",
      files: pod("securityContext:\n  privileged: true"),
      line: 11,
      path: "containers.0.privileged",
    },
    {
      name: "privileged init container of a deployment",
      format: "kubernetes",
      files: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
spec:
  template:
    spec:
      initContainers:
        - name: setup
          image: busybox:1.36
          securityContext:
            privileged: true
      containers:
        - name: agent
          image: agent:2.0
`,
      line: 12,
      path: "containers.1.privileged",
    },
  ],
  pass: [
    { name: "unprivileged by default", format: "kubernetes", files: pod() },
    {
      name: "explicitly unprivileged",
      format: "kubernetes",
      files: deployment("securityContext:\n  privileged: false"),
    },
  ],
});
