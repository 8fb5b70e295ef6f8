import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerNoCustomSelinuxOptions } from "./kubernetes-container-no-custom-selinux-options.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerNoCustomSelinuxOptions, {
  fail: [
    {
      name: "spc_t type",
      format: "kubernetes",
      files: pod("securityContext:\n  seLinuxOptions:\n    type: spc_t"),
      line: 11,
      path: "containers.0.selinux_custom",
    },
    {
      name: "custom user on the pod",
      format: "kubernetes",
      files: pod("", "securityContext:\n  seLinuxOptions:\n    user: system_u"),
    },
  ],
  pass: [
    {
      name: "level only",
      format: "kubernetes",
      files: pod("securityContext:\n  seLinuxOptions:\n    level: s0:c123,c456"),
    },
    {
      name: "container type",
      format: "kubernetes",
      files: pod("securityContext:\n  seLinuxOptions:\n    type: container_t"),
    },
  ],
});
