import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerMemoryLimitsSet } from "./kubernetes-container-memory-limits-set.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesContainerMemoryLimitsSet, {
  fail: [
    {
      name: "no resources at all",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.resources.memory_limit",
    },
    {
      name: "only requests",
      format: "kubernetes",
      files: pod("resources:\n  requests:\n    memory: 256Mi"),
      line: 10,
    },
  ],
  pass: [
    {
      name: "limit set",
      format: "kubernetes",
      files: deployment("resources:\n  limits:\n    memory: 256Mi"),
    },
  ],
});
