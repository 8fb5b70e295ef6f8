import { ruleTester } from "../testing/tester.ts";
import { kubernetesPodNoHostPid } from "./kubernetes-pod-no-host-pid.ts";
import { deployment, pod } from "./testing.ts";

ruleTester(kubernetesPodNoHostPid, {
  fail: [
    {
      name: "hostPID true",
      format: "kubernetes",
      files: pod("", "hostPID: true"),
      line: 7,
      path: "host_pid",
    },
    {
      name: "hostPID in a CronJob",
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
          hostPID: true
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
      name: "hostPID false",
      format: "kubernetes",
      files: deployment("", "hostPID: false"),
    },
  ],
});
