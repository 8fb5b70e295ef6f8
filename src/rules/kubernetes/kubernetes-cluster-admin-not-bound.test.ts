import { ruleTester } from "../testing/tester.ts";
import { kubernetesClusterAdminNotBound } from "./kubernetes-cluster-admin-not-bound.ts";

ruleTester(kubernetesClusterAdminNotBound, {
  fail: [
    {
      name: "service account bound to cluster-admin",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: grant
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: build
`,
      line: 8,
      path: "role_ref.name",
    },
    {
      name: "user in a namespace",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: grant
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: User
    name: alice@example.com
    apiGroup: rbac.authorization.k8s.io
`,
    },
  ],
  pass: [
    {
      name: "view role",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: grant
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
  - kind: Group
    name: developers
    apiGroup: rbac.authorization.k8s.io
`,
    },
    {
      name: "system:masters bootstrap binding",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: grant
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: Group
    name: system:masters
    apiGroup: rbac.authorization.k8s.io
`,
    },
  ],
});
