import { ruleTester } from "../testing/tester.ts";
import { kubernetesResourceNotInDefaultNamespace } from "./kubernetes-resource-not-in-default-namespace.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesResourceNotInDefaultNamespace, {
  fail: [
    {
      name: "no namespace",
      format: "kubernetes",
      files: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`,
      line: 3,
      path: "namespace",
      message: "names no namespace",
    },
    {
      name: "default written",
      format: "kubernetes",
      files: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: default
`,
      line: 5,
      path: "namespace",
    },
  ],
  pass: [
    {
      name: "own namespace",
      format: "kubernetes",
      files: pod(""),
    },
  ],
});
