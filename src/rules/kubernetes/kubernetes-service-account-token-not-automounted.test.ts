import { ruleTester } from "../testing/tester.ts";
import { kubernetesServiceAccountTokenNotAutomounted } from "./kubernetes-service-account-token-not-automounted.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesServiceAccountTokenNotAutomounted, {
  fail: [
    {
      name: "pod mounts the default account's token",
      format: "kubernetes",
      files: pod(""),
      path: "automount_service_account_token",
    },
    {
      name: "service account without opt-out",
      format: "kubernetes",
      files: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: shop-api
  namespace: shop
`,
      line: 1,
    },
    {
      name: "pod opts in explicitly",
      format: "kubernetes",
      files: pod("", "automountServiceAccountToken: true"),
      line: 7,
    },
  ],
  pass: [
    {
      name: "pod opts out",
      format: "kubernetes",
      files: pod("", "automountServiceAccountToken: false"),
    },
    {
      name: "its service account opts out, in another file",
      format: "kubernetes",
      files: {
        "sa.yaml": `apiVersion: v1
kind: ServiceAccount
metadata:
  name: shop-api
  namespace: shop
automountServiceAccountToken: false
`,
        "pod.yaml": pod("", "serviceAccountName: shop-api"),
      },
    },
  ],
});
