import { ruleTester } from "../testing/tester.ts";
import { kubernetesRbacRestrictsPodExec } from "./kubernetes-rbac-restricts-pod-exec.ts";

ruleTester(kubernetesRbacRestrictsPodExec, {
  fail: [
    {
      name: "pods/exec create",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/exec"]
    verbs: ["get", "create"]
`,
      line: 8,
      path: "rules.0.resources",
    },
    {
      name: "pods/* subresources",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods/*"]
    verbs: ["create"]
`,
    },
    {
      name: "port-forward",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods/portforward"]
    verbs: ["create"]
`,
    },
  ],
  pass: [
    {
      name: "logs only",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods", "pods/log"]
    verbs: ["get", "list"]
`,
    },
  ],
});
