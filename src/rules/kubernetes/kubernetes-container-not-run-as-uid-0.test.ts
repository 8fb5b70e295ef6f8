import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerNotRunAsUid0 } from "./kubernetes-container-not-run-as-uid-0.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerNotRunAsUid0, {
  fail: [
    {
      name: "container asks for UID 0",
      format: "kubernetes",
      files: pod("securityContext:\n  runAsUser: 0"),
      line: 11,
      path: "containers.0.run_as_user",
    },
    {
      name: "pod asks for UID 0",
      format: "kubernetes",
      files: pod("", "securityContext:\n  runAsUser: 0"),
      line: 8,
      path: "containers.0.run_as_user",
    },
  ],
  pass: [
    {
      name: "non-root UID",
      format: "kubernetes",
      files: pod("securityContext:\n  runAsUser: 10001"),
    },
    {
      name: "container overrides the pod's UID 0",
      format: "kubernetes",
      files: pod("securityContext:\n  runAsUser: 2000", "securityContext:\n  runAsUser: 0"),
    },
  ],
});
