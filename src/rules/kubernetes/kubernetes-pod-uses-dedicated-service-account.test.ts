import { ruleTester } from "../testing/tester.ts";
import { kubernetesPodUsesDedicatedServiceAccount } from "./kubernetes-pod-uses-dedicated-service-account.ts";
import { pod } from "./testing.ts";

ruleTester(kubernetesPodUsesDedicatedServiceAccount, {
  fail: [
    {
      name: "no service account named",
      format: "kubernetes",
      files: pod(""),
      line: 6,
      path: "service_account",
    },
    {
      name: "default named explicitly",
      format: "kubernetes",
      files: pod("", "serviceAccountName: default"),
      line: 7,
    },
  ],
  pass: [
    {
      name: "dedicated account",
      format: "kubernetes",
      files: pod("", "serviceAccountName: shop-api"),
    },
  ],
});
