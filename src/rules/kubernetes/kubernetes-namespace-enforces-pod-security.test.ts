import { ruleTester } from "../testing/tester.ts";
import { kubernetesNamespaceEnforcesPodSecurity } from "./kubernetes-namespace-enforces-pod-security.ts";

const ns = (labels: string) => `apiVersion: v1
kind: Namespace
metadata:
  name: shop
${labels}`;

ruleTester(kubernetesNamespaceEnforcesPodSecurity, {
  fail: [
    { name: "no labels", format: "kubernetes", files: ns(""), line: 3, path: "pod_security_enforce" },
    {
      name: "privileged level",
      format: "kubernetes",
      files: ns("  labels:\n    pod-security.kubernetes.io/enforce: privileged\n"),
      line: 5,
    },
    {
      name: "audit only",
      format: "kubernetes",
      files: ns("  labels:\n    pod-security.kubernetes.io/audit: restricted\n"),
    },
  ],
  pass: [
    {
      name: "restricted",
      format: "kubernetes",
      files: ns("  labels:\n    pod-security.kubernetes.io/enforce: restricted\n"),
    },
    {
      name: "baseline",
      format: "kubernetes",
      files: ns("  labels:\n    pod-security.kubernetes.io/enforce: baseline\n"),
    },
  ],
});
