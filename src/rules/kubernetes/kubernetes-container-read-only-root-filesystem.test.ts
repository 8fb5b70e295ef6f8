import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerReadOnlyRootFilesystem } from "./kubernetes-container-read-only-root-filesystem.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesContainerReadOnlyRootFilesystem, {
  fail: [
    {
      name: "writable root filesystem by default",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.read_only_root_filesystem",
    },
    {
      name: "set to false",
      format: "kubernetes",
      files: pod("securityContext:\n  readOnlyRootFilesystem: false"),
      line: 11,
    },
  ],
  pass: [
    {
      name: "read-only root",
      format: "kubernetes",
      files: deployment("securityContext:\n  readOnlyRootFilesystem: true"),
    },
  ],
});
