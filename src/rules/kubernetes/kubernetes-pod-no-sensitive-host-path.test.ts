import { ruleTester } from "../testing/tester.ts";
import { kubernetesPodNoSensitiveHostPath } from "./kubernetes-pod-no-sensitive-host-path.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesPodNoSensitiveHostPath, {
  fail: [
    {
      name: "docker socket",
      format: "kubernetes",
      files: pod("", "volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock"),
      line: 7,
      path: "host_path_volumes",
      message: "/var/run/docker.sock",
    },
    {
      name: "node root",
      format: "kubernetes",
      files: deployment("", "volumes:\n  - name: host\n    hostPath:\n      path: /"),
    },
  ],
  pass: [
    {
      name: "application log directory",
      format: "kubernetes",
      files: pod("", "volumes:\n  - name: logs\n    hostPath:\n      path: /var/log/app"),
    },
    {
      name: "no hostPath",
      format: "kubernetes",
      files: pod(""),
    },
  ],
});
