import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerReadinessProbeSet } from "./kubernetes-container-readiness-probe-set.ts";
import { deployment } from "./testing.ts";

ruleTester(kubernetesContainerReadinessProbeSet, {
  fail: [
    {
      name: "no probe",
      format: "kubernetes",
      files: deployment(""),
      line: 17,
      path: "containers.0.readiness_probe",
    },
  ],
  pass: [
    {
      name: "probe set",
      format: "kubernetes",
      files: deployment("readinessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080"),
    },
    {
      name: "init containers need none",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: shop
spec:
  initContainers:
    - name: migrate
      image: app:1.0
  containers:
    - name: app
      image: app:1.0
      readinessProbe:
        tcpSocket:
          port: 8080
`,
    },
  ],
});
