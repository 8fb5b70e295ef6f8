import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerDropsNetRaw } from "./kubernetes-container-drops-net-raw.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerDropsNetRaw, {
  fail: [
    {
      name: "NET_RAW kept by default",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.capabilities_dropped",
    },
    {
      name: "ALL dropped then NET_RAW added back",
      format: "kubernetes",
      files: pod("securityContext:\n  capabilities:\n    drop: [ALL]\n    add: [NET_RAW]"),
    },
  ],
  pass: [
    {
      name: "NET_RAW dropped",
      format: "kubernetes",
      files: pod("securityContext:\n  capabilities:\n    drop: [NET_RAW]"),
    },
    {
      name: "ALL dropped",
      format: "kubernetes",
      files: pod("securityContext:\n  capabilities:\n    drop: [ALL]"),
    },
  ],
});
