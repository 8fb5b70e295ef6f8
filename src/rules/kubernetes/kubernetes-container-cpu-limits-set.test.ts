import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerCpuLimitsSet } from "./kubernetes-container-cpu-limits-set.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesContainerCpuLimitsSet, {
  fail: [
    {
      name: "no resources at all",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.resources.cpu_limit",
    },
    {
      name: "only requests",
      format: "kubernetes",
      files: pod("resources:\n  requests:\n    cpu: 500m"),
      line: 10,
    },
  ],
  pass: [
    {
      name: "limit set",
      format: "kubernetes",
      files: deployment("resources:\n  limits:\n    cpu: 500m"),
    },
  ],
});
