import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerAddsNoDangerousCapabilities } from "./kubernetes-container-adds-no-dangerous-capabilities.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesContainerAddsNoDangerousCapabilities, {
  fail: [
    {
      name: "SYS_ADMIN added",
      format: "kubernetes",
      files: pod('securityContext:\n  capabilities:\n    add: ["SYS_ADMIN"]'),
      line: 12,
      path: "containers.0.capabilities_added",
      message: "SYS_ADMIN",
    },
    {
      name: "CAP_NET_ADMIN spelled with prefix",
      format: "kubernetes",
      files: deployment("securityContext:\n  capabilities:\n    add:\n      - CAP_NET_ADMIN"),
      message: "NET_ADMIN",
    },
  ],
  pass: [
    {
      name: "only NET_BIND_SERVICE",
      format: "kubernetes",
      files: pod("securityContext:\n  capabilities:\n    drop: [ALL]\n    add: [NET_BIND_SERVICE]"),
    },
    {
      name: "nothing added",
      format: "kubernetes",
      files: pod(""),
    },
  ],
});
