import { ruleTester } from "../testing/tester.ts";
import { kubernetesTillerNotDeployed } from "./kubernetes-tiller-not-deployed.ts";
import { deployment } from "./testing.ts";

ruleTester(kubernetesTillerNotDeployed, {
  fail: [
    {
      name: "tiller deployment",
      format: "kubernetes",
      files: deployment("", "", "gcr.io/kubernetes-helm/tiller:v2.16.12"),
      line: 18,
      path: "containers.0.image",
    },
    {
      name: "labelled as Helm's tiller",
      format: "kubernetes",
      files: deployment().replace("app: shop\n    spec:", "app: helm\n        name: tiller\n    spec:"),
      path: "pod_labels",
    },
  ],
  pass: [
    {
      name: "another image",
      format: "kubernetes",
      files: deployment(""),
    },
  ],
});
