import { ruleTester } from "../testing/tester.ts";
import { kubernetesRbacNoWildcards } from "./kubernetes-rbac-no-wildcards.ts";

ruleTester(kubernetesRbacNoWildcards, {
  fail: [
    {
      name: "wildcard verbs",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ops
rules:
  - apiGroups: [""]
    resources: ["pods"]
    verbs: ["*"]
`,
      line: 8,
      path: "rules.0.verbs",
    },
    {
      name: "wildcard resources in the second rule",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["configmaps"]
    verbs: ["get"]
  - apiGroups: ["apps"]
    resources: ["*"]
    verbs: ["get"]
`,
      line: 11,
      path: "rules.1.resources",
    },
  ],
  pass: [
    {
      name: "explicit lists",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: ["apps"]
    resources: ["deployments"]
    verbs: ["get", "list", "watch"]
`,
    },
  ],
});
