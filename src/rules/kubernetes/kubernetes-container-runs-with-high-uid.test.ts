import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerRunsWithHighUid } from "./kubernetes-container-runs-with-high-uid.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerRunsWithHighUid, {
  fail: [
    {
      name: "UID 1000",
      format: "kubernetes",
      files: pod("securityContext:\n  runAsUser: 1000"),
      line: 11,
      path: "containers.0.run_as_user",
      message: "UID 1000",
    },
    {
      name: "UID left to the image",
      format: "kubernetes",
      files: pod(""),
      path: "containers.0.run_as_user",
    },
  ],
  pass: [
    {
      name: "UID 10001",
      format: "kubernetes",
      files: pod("", "securityContext:\n  runAsUser: 10001"),
    },
  ],
});
