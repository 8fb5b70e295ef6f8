import { ruleTester } from "../testing/tester.ts";
import { kubernetesPodNoHostNetwork } from "./kubernetes-pod-no-host-network.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesPodNoHostNetwork, {
  fail: [
    {
      name: "hostNetwork true",
      format: "kubernetes",
      files: pod("", "hostNetwork: true"),
      line: 7,
      path: "host_network",
    },
    {
      name: "hostNetwork in a CronJob",
      format: "kubernetes",
      files: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
  namespace: ops
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          hostNetwork: true
          restartPolicy: OnFailure
          containers:
            - name: job
              image: ops/nightly:3
`,
      line: 12,
    },
  ],
  pass: [
    {
      name: "not shared",
      format: "kubernetes",
      files: pod(""),
    },
    {
      name: "hostNetwork false",
      format: "kubernetes",
      files: deployment("", "hostNetwork: false"),
    },
  ],
});
