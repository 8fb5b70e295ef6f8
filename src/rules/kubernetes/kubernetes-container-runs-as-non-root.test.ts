import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerRunsAsNonRoot } from "./kubernetes-container-runs-as-non-root.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerRunsAsNonRoot, {
  fail: [
    {
      name: "nothing said about the user",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.run_as_non_root",
    },
    {
      name: "pod says runAsNonRoot false",
      format: "kubernetes",
      files: pod("", "securityContext:\n  runAsNonRoot: false"),
      line: 8,
    },
  ],
  pass: [
    {
      name: "pod-level runAsNonRoot inherited",
      format: "kubernetes",
      files: pod("", "securityContext:\n  runAsNonRoot: true"),
    },
    {
      name: "container runs as a non-zero UID",
      format: "kubernetes",
      files: pod("securityContext:\n  runAsUser: 1000"),
    },
  ],
});
