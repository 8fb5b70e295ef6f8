import type { Rule } from "../rule.ts";
import { containsUnknown, isUnknown, isValueMap } from "../../model/value.ts";
import { fail, pass, skip, undetermined } from "../rule.ts";
import { q } from "./container-check.ts";

export const kubernetesClusterAdminNotBound: Rule = {
  id: "kubernetes-cluster-admin-not-bound",
  title: "cluster-admin is not bound to users, groups or service accounts",
  severity: "high",
  category: "identity_access",
  providers: ["kubernetes"],
  resource_types: ["kubernetes_role_binding"],
  rationale:
    "cluster-admin can do anything in the cluster, including reading every Secret and rewriting RBAC itself. Outside the built-in `system:masters` binding, each binding is a standing super-user.",
  remediation: {
    text: "Bind a role that grants what the subject needs; keep cluster-admin for break-glass access.",
    code: {
      kubernetes: `roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view`,
    },
  },
  auto_remediable: false,
  references: [
    "https://kubernetes.io/docs/concepts/security/rbac-good-practices/",
    "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles",
  ],
  check(resource) {
    const name = resource.config["role_ref"];
    const ref = isValueMap(name) ? name["name"] : undefined;
    const subjects = resource.config["subjects"];
    if (ref === undefined) return skip("role_ref is not expressed by this source");
    if (isUnknown(ref) || containsUnknown(subjects)) return undetermined("the binding is not fully known");
    if (ref !== "cluster-admin") return pass();
    const list = Array.isArray(subjects) ? subjects.filter(isValueMap) : [];
    // The bootstrap binding of system:masters is how the cluster itself is administered.
    if (list.length > 0 && list.every((s) => s["kind"] === "Group" && s["name"] === "system:masters"))
      return pass();
    return fail(`Binding ${q(resource.name)} grants cluster-admin`, "role_ref.name");
  },
};
