import { ruleTester } from "../testing/tester.ts";
import { kubernetesContainerApparmorProfileSet } from "./kubernetes-container-apparmor-profile-set.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesContainerApparmorProfileSet, {
  fail: [
    {
      name: "no profile",
      format: "kubernetes",
      files: pod(""),
      line: 8,
      path: "containers.0.apparmor_profile",
    },
    {
      name: "unconfined by annotation",
      format: "kubernetes",
      files: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      annotations:
        container.apparmor.security.beta.kubernetes.io/web: unconfined
    spec:
      containers:
        - name: web
          image: web:2.1
`,
      message: "Unconfined",
    },
  ],
  pass: [
    {
      name: "RuntimeDefault field",
      format: "kubernetes",
      files: pod("securityContext:\n  appArmorProfile:\n    type: RuntimeDefault"),
    },
    {
      name: "localhost profile annotation",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  annotations:
    container.apparmor.security.beta.kubernetes.io/web: localhost/k8s-web
spec:
  containers:
    - name: web
      image: web:2.1
`,
    },
  ],
});
