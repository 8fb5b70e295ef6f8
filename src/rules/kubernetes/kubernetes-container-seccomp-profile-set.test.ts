import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerSeccompProfileSet } from "./kubernetes-container-seccomp-profile-set.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerSeccompProfileSet, {
  fail: [
    {
      name: "no profile",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.seccomp_profile",
      message: "no seccomp profile",
    },
    {
      name: "unconfined on the container",
      format: "kubernetes",
      files: pod("securityContext:\n  seccompProfile:\n    type: Unconfined"),
      line: 11,
      message: "Unconfined",
    },
  ],
  pass: [
    {
      name: "RuntimeDefault on the pod",
      format: "kubernetes",
      files: pod("", "securityContext:\n  seccompProfile:\n    type: RuntimeDefault"),
    },
    {
      name: "legacy pod annotation",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Pod
metadata:
  name: legacy
  namespace: shop
  annotations:
    seccomp.security.alpha.kubernetes.io/pod: runtime/default
spec:
  containers:
    - name: app
      image: app:1.0
`,
    },
  ],
});
