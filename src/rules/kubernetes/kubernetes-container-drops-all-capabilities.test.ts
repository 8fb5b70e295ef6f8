import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerDropsAllCapabilities } from "./kubernetes-container-drops-all-capabilities.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerDropsAllCapabilities, {
  fail: [
    {
      name: "nothing dropped",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.capabilities_dropped",
    },
    {
      name: "only NET_RAW dropped",
      format: "kubernetes",
      files: pod("securityContext:\n  capabilities:\n    drop: [NET_RAW]"),
      line: 12,
    },
  ],
  pass: [
    {
      name: "ALL dropped",
      format: "kubernetes",
      files: pod('securityContext:\n  capabilities:\n    drop: ["ALL"]'),
    },
  ],
});
