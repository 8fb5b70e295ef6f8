import { ruleTester } from "../testing/tester.ts";
import { kubernetesServiceNotNodePort } from "./kubernetes-service-not-node-port.ts";

ruleTester(kubernetesServiceNotNodePort, {
  fail: [
    {
      name: "NodePort",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  type: NodePort
  ports:
    - port: 80
      nodePort: 30080
`,
      line: 7,
      path: "service_type",
    },
  ],
  pass: [
    {
      name: "ClusterIP",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  type: ClusterIP
`,
    },
  ],
});
