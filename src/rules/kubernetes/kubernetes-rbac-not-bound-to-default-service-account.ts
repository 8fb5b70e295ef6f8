import type { Rule } from "../rule.ts";
import { containsUnknown, isValueMap } from "../../model/value.ts";
import { failAll, skip, undetermined, type Failure } from "../rule.ts";
import { q } from "./container-check.ts";

export const kubernetesRbacNotBoundToDefaultServiceAccount: Rule = {
  id: "kubernetes-rbac-not-bound-to-default-service-account",
  title: "Roles are not bound to default service accounts",
  severity: "medium",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_role_binding"],
  rationale:
    "Every pod that names no service account runs as `default`: a role bound to it is granted to all of them, including pods that never needed it.",
  remediation: {
    text: "Create a dedicated ServiceAccount for the workload that needs the role and bind that one.",
    code: {
      kubernetes: `subjects:
  - kind: ServiceAccount
    name: shop-api
    namespace: shop`,
    },
  },
  auto_remediable: false,
  references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"],
  check(resource) {
    const subjects = resource.config["subjects"];
    if (subjects === undefined) return skip("subjects are not expressed by this source");
    if (containsUnknown(subjects)) return undetermined("subjects are not known");
    const failures: Failure[] = [];
    if (Array.isArray(subjects))
      subjects.forEach((s, i) => {
        if (isValueMap(s) && s["kind"] === "ServiceAccount" && s["name"] === "default")
          failures.push({
            message: `Binding ${q(resource.name)} grants its role to the default service account of ${q(String(s["namespace"] ?? resource.config["namespace"] ?? "default"))}`,
            path: `subjects.${i}`,
          });
      });
    return failAll(failures);
  },
};
