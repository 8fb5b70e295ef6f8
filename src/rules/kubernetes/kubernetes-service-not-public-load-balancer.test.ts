import { ruleTester } from "../testing/tester.ts";
import { kubernetesServiceNotPublicLoadBalancer } from "./kubernetes-service-not-public-load-balancer.ts";

ruleTester(kubernetesServiceNotPublicLoadBalancer, {
  fail: [
    {
      name: "LoadBalancer",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  type: LoadBalancer
  ports:
    - port: 443
`,
      line: 7,
      path: "service_type",
    },
  ],
  pass: [
    {
      name: "internal load balancer",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-internal: "true"
spec:
  type: LoadBalancer
`,
    },
    {
      name: "ClusterIP by default",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  ports:
    - port: 80
`,
    },
  ],
});
