import type { Rule } from "../rule.ts";
import { isValueMap } from "../../model/value.ts";
import { fail } from "../rule.ts";
import { checkContainers, q } from "./container-check.ts";

/** An image whose repository name mentions tiller (`gcr.io/kubernetes-helm/tiller:v2.16`). */
const TILLER_IMAGE = /(^|\/)[^/:@]*tiller[^/:@]*(:|@|$)/;

export const kubernetesTillerNotDeployed: Rule = {
  id: "kubernetes-tiller-not-deployed",
  title: "Helm v2 Tiller is not deployed",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_workload"],
  rationale:
    "Tiller, the server side of Helm v2 (unsupported since 2020), listens inside the cluster without authentication and usually holds cluster-admin: any pod can install anything through it.",
  remediation: {
    text: "Remove Tiller and migrate to Helm 3, which has no in-cluster component.",
    code: {
      kubernetes: `# helm 2to3 cleanup --tiller-cleanup`,
    },
  },
  auto_remediable: false,
  references: ["https://helm.sh/docs/topics/v2_v3_migration/"],
  check(resource) {
    const labels = resource.config["pod_labels"];
    if (isValueMap(labels) && labels["app"] === "helm" && labels["name"] === "tiller")
      return fail(`${q(resource.name)} runs Tiller (labelled app=helm, name=tiller)`, "pod_labels");
    return checkContainers(resource, {
      field: "image",
      ok: (v) => typeof v !== "string" || !TILLER_IMAGE.test(v),
      message: (c, v) => `Container ${q(c)} of ${q(resource.name)} runs Tiller (${q(String(v))})`,
    });
  },
};
