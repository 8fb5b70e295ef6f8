import { ruleTester } from "../testing/tester.ts";
import { kubernetesWorkloadCoveredByNetworkPolicy } from "./kubernetes-workload-covered-by-network-policy.ts";
import { deployment } from "./testing.ts";

ruleTester(kubernetesWorkloadCoveredByNetworkPolicy, {
  fail: [
    {
      name: "no policy at all",
      format: "kubernetes",
      files: deployment(""),
      line: 1,
    },
    {
      name: "policy selects other pods",
      format: "kubernetes",
      files: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: web:1.0
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-only
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: db
`,
      line: 1,
      message: "shop",
    },
  ],
  pass: [
    {
      name: "default deny in the namespace",
      format: "kubernetes",
      files:
        `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
` + deployment(""),
    },
    {
      name: "policy matching the labels",
      format: "kubernetes",
      files:
        deployment("") +
        `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: shop
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: shop
`,
    },
  ],
});
