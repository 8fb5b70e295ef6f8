import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerLivenessProbeSet } from "./kubernetes-container-liveness-probe-set.ts";
import { deployment } from "./testing.ts";

ruleTester(kubernetesContainerLivenessProbeSet, {
  fail: [
    {
      name: "no probe",
      format: "kubernetes",
      files: deployment(""),
      line: 17,
      path: "containers.0.liveness_probe",
    },
  ],
  pass: [
    {
      name: "probe set",
      format: "kubernetes",
      files: deployment("livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080"),
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
      livenessProbe:
        tcpSocket:
          port: 8080
`,
    },
  ],
});
