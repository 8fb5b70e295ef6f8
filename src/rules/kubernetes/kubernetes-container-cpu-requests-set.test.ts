import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerCpuRequestsSet } from "./kubernetes-container-cpu-requests-set.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerCpuRequestsSet, {
  fail: [
    {
      name: "no resources at all",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.resources.cpu_request",
    },
    {
      name: "request for the other resource only",
      format: "kubernetes",
      files: pod("resources:\n  requests:\n    memory: 1"),
      line: 10,
    },
  ],
  pass: [
    {
      name: "request set",
      format: "kubernetes",
      files: pod("resources:\n  requests:\n    cpu: 500m"),
    },
    {
      name: "limit set: the API server copies it into the request",
      format: "kubernetes",
      files: pod("resources:\n  limits:\n    cpu: 500m"),
    },
  ],
});
