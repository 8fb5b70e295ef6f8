import { ruleTester } from "../testing/tester.ts";
import { kubernetesPodNoHostIpc } from "./kubernetes-pod-no-host-ipc.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesPodNoHostIpc, {
  fail: [
    {
      name: "hostIPC true",
      format: "kubernetes",
      files: pod("", "hostIPC: true"),
      line: 7,
      path: "host_ipc",
    },
    {
      name: "hostIPC in a CronJob",
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
          hostIPC: true
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
      name: "hostIPC false",
      format: "kubernetes",
      files: deployment("", "hostIPC: false"),
    },
  ],
});
