import { ruleTester } from "../testing/tester.ts";
import { kubernetesPodNoHostPathVolumes } from "./kubernetes-pod-no-host-path-volumes.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesPodNoHostPathVolumes, {
  fail: [
    {
      name: "hostPath volume",
      format: "kubernetes",
      files: pod("", "volumes:\n  - name: logs\n    hostPath:\n      path: /var/log/app"),
      line: 7,
      path: "host_path_volumes",
    },
  ],
  pass: [
    {
      name: "a kube-system node agent is left to the sensitive-path rule",
      format: "kubernetes",
      files:
        pod("", "volumes:\n  - name: logs\n    hostPath:\n      path: /var/log/app").replace(
          "namespace: shop",
          "namespace: kube-system",
        ) +
        "---\n" +
        pod(),
    },
    {
      name: "emptyDir",
      format: "kubernetes",
      files: pod("", "volumes:\n  - name: cache\n    emptyDir: {}"),
    },
    {
      name: "no volumes",
      format: "kubernetes",
      files: pod(""),
    },
  ],
});
