import { ruleTester } from "../testing/tester.ts";
import { kubernetesRbacNotBoundToDefaultServiceAccount } from "./kubernetes-rbac-not-bound-to-default-service-account.ts";

ruleTester(kubernetesRbacNotBoundToDefaultServiceAccount, {
  fail: [
    {
      name: "default account",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: grant
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: User
    name: alice
  - kind: ServiceAccount
    name: default
    namespace: shop
`,
      line: 13,
      path: "subjects.1",
    },
  ],
  pass: [
    {
      name: "dedicated account",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: grant
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
subjects:
  - kind: ServiceAccount
    name: shop-api
    namespace: shop
`,
    },
  ],
});
