import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerDefaultProcMount } from "./kubernetes-container-default-proc-mount.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerDefaultProcMount, {
  fail: [
    {
      name: "Unmasked",
      format: "kubernetes",
      files: pod("securityContext:\n  procMount: Unmasked"),
      line: 11,
      path: "containers.0.proc_mount",
    },
  ],
  pass: [
    {
      name: "default",
      format: "kubernetes",
      files: pod(""),
    },
  ],
});
