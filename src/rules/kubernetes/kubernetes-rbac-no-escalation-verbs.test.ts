import { ruleTester } from "../testing/tester.ts";
import { kubernetesRbacNoEscalationVerbs } from "./kubernetes-rbac-no-escalation-verbs.ts";

ruleTester(kubernetesRbacNoEscalationVerbs, {
  fail: [
    {
      name: "impersonate",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ops
rules:
  - apiGroups: [""]
    resources: ["users", "groups", "serviceaccounts"]
    verbs: ["impersonate"]
`,
      line: 8,
      path: "rules.0.verbs",
    },
    {
      name: "bind and escalate",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["clusterroles"]
    verbs: ["bind", "escalate"]
`,
    },
  ],
  pass: [
    {
      name: "read roles",
      format: "kubernetes",
      files: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: shop
rules:
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["roles"]
    verbs: ["get", "list"]
`,
    },
  ],
});
