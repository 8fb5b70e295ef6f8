import { ruleTester } from "../testing/tester.ts";
import { kubernetesRbacRestrictsPodCreation } from "./kubernetes-rbac-restricts-pod-creation.ts";

ruleTester(kubernetesRbacRestrictsPodCreation, {
  fail: [
    {
      name: "create pods",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["create"]
`,
      line: 9,
      path: "rules.0.verbs",
    },
    {
      name: "create deployments",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["create", "update"]
`,
    },
  ],
  pass: [
    {
      name: "read pods",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["get", "list"]
`,
    },
  ],
});
