/** RBAC, service accounts, services and network policies. */
import type { RawRecord } from "../../model/raw.ts";
import { isValueMap, unknown } from "../../model/value.ts";
import type { Normalizer } from "../registry.ts";
import { bool, builder, maps, setNamespace, spanOf, stringMap, strings } from "./common.ts";

function role(record: RawRecord): ReturnType<Normalizer["normalize"]> {
  const b = builder(record, "kubernetes_role");
  const clusterScoped = record.native_type === "ClusterRole";
  b.set("cluster_scoped", clusterScoped);
  if (!clusterScoped) setNamespace(b);
  b.set(
    "rules",
    maps(b.attr("rules")).map((r) => ({
      api_groups: strings(r["apiGroups"]),
      resources: strings(r["resources"]),
      verbs: strings(r["verbs"]),
      resource_names: strings(r["resourceNames"]),
    })),
    { attr: "rules" },
  );
  const positions = (b.resource.positions ??= {});
  maps(b.attr("rules")).forEach((r, i) => {
    positions[`rules.${i}`] = spanOf(record, `rules.${i}`);
    for (const [key, field] of [
      ["api_groups", "apiGroups"],
      ["resources", "resources"],
      ["verbs", "verbs"],
    ])
      positions[`rules.${i}.${key}`] = spanOf(record, `rules.${i}.${field}`);
  });
  return b.build();
}

function binding(record: RawRecord): ReturnType<Normalizer["normalize"]> {
  const b = builder(record, "kubernetes_role_binding");
  const clusterScoped = record.native_type === "ClusterRoleBinding";
  b.set("cluster_scoped", clusterScoped);
  if (!clusterScoped) setNamespace(b);
  const ref = b.attr("roleRef");
  const refMap = isValueMap(ref) ? ref : {};
  b.set(
    "role_ref.kind",
    typeof refMap["kind"] === "string" ? refMap["kind"] : unknown("roleRef.kind missing"),
    {
      attr: "roleRef.kind",
    },
  );
  b.set(
    "role_ref.name",
    typeof refMap["name"] === "string" ? refMap["name"] : unknown("roleRef.name missing"),
    {
      attr: "roleRef.name",
    },
  );
  b.set(
    "subjects",
    maps(b.attr("subjects")).map((s) => ({
      kind: String(s["kind"] ?? ""),
      name: String(s["name"] ?? ""),
      namespace: typeof s["namespace"] === "string" ? s["namespace"] : null,
    })),
    { attr: "subjects" },
  );
  maps(b.attr("subjects")).forEach((_, i) => {
    (b.resource.positions ??= {})[`subjects.${i}`] = spanOf(record, `subjects.${i}`);
  });
  return b.build();
}

function serviceAccount(record: RawRecord): ReturnType<Normalizer["normalize"]> {
  const b = builder(record, "kubernetes_service_account");
  setNamespace(b);
  b.set("automount_service_account_token", bool(b.attr("automountServiceAccountToken")), {
    attr: "automountServiceAccountToken",
  });
  return b.build();
}

/** Annotations that make a cloud load balancer internal (AWS, Azure, GCP, OCI). */
const INTERNAL_LB: Record<string, string[]> = {
  "service.beta.kubernetes.io/aws-load-balancer-internal": ["true", "0.0.0.0/0"],
  "service.beta.kubernetes.io/aws-load-balancer-scheme": ["internal"],
  "service.beta.kubernetes.io/azure-load-balancer-internal": ["true"],
  "networking.gke.io/load-balancer-type": ["Internal"],
  "cloud.google.com/load-balancer-type": ["Internal", "internal"],
  "service.beta.kubernetes.io/oci-load-balancer-internal": ["true"],
};

function service(record: RawRecord): ReturnType<Normalizer["normalize"]> {
  const b = builder(record, "kubernetes_service");
  setNamespace(b);
  const type = b.attr("spec.type");
  b.set("service_type", typeof type === "string" ? type : "ClusterIP", { attr: "spec.type" });
  const annotations = stringMap(b.attr("metadata.annotations"));
  b.set(
    "internal_load_balancer",
    Object.entries(INTERNAL_LB).some(
      ([k, values]) => annotations[k] !== undefined && values.includes(annotations[k]),
    ),
    { attr: "metadata.annotations" },
  );
  b.set("selector", stringMap(b.attr("spec.selector")), { attr: "spec.selector" });
  return b.build();
}

function networkPolicy(record: RawRecord): ReturnType<Normalizer["normalize"]> {
  const b = builder(record, "kubernetes_network_policy");
  setNamespace(b);
  const sel = b.attr("spec.podSelector");
  const selMap = isValueMap(sel) ? sel : {};
  // matchExpressions select by set logic this model does not evaluate: who it selects is unknown.
  b.set(
    "pod_selector",
    maps(selMap["matchExpressions"]).length > 0
      ? unknown("podSelector uses matchExpressions")
      : stringMap(selMap["matchLabels"]),
    { attr: "spec.podSelector" },
  );
  b.set("policy_types", strings(b.attr("spec.policyTypes")), { attr: "spec.policyTypes" });
  return b.build();
}

function ingress(record: RawRecord): ReturnType<Normalizer["normalize"]> {
  const b = builder(record, "kubernetes_ingress");
  setNamespace(b);
  const tls = b.attr("spec.tls");
  b.set("tls", Array.isArray(tls) && tls.length > 0, { attr: "spec.tls" });
  return b.build();
}

function namespace(record: RawRecord): ReturnType<Normalizer["normalize"]> {
  const b = builder(record, "kubernetes_namespace");
  const level = stringMap(b.attr("metadata.labels"))["pod-security.kubernetes.io/enforce"];
  b.set("pod_security_enforce", level ?? null, { attr: "metadata.labels" });
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["Ingress"], normalize: ingress },
  { native_types: ["Namespace"], normalize: namespace },
  { native_types: ["Role", "ClusterRole"], normalize: role },
  { native_types: ["RoleBinding", "ClusterRoleBinding"], normalize: binding },
  { native_types: ["ServiceAccount"], normalize: serviceAccount },
  { native_types: ["Service"], normalize: service },
  { native_types: ["NetworkPolicy"], normalize: networkPolicy },
];
