import { ruleTester } from "../testing/tester.ts";
import { kubernetesRbacRestrictsSecretAccess } from "./kubernetes-rbac-restricts-secret-access.ts";

ruleTester(kubernetesRbacRestrictsSecretAccess, {
  fail: [
    {
      name: "list secrets",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get", "list"]
`,
      line: 9,
      path: "rules.0.verbs",
    },
    {
      name: "wildcard resources in the core group",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ops
rules:
  - apiGroups: [""]
    resources: ["*"]
    verbs: ["watch"]
`,
    },
  ],
  pass: [
    {
      name: "configmaps only",
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
`,
    },
    {
      name: "secrets in another API group",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: ["example.com"]
    resources: ["secrets"]
    verbs: ["get"]
`,
    },
  ],
});
