/**
 * AKS: `azurerm_kubernetes_cluster` → `container_cluster`. Covers the azurerm 2.x block forms
 * (`role_based_access_control {}`, `addon_profile {}`) and the 3.x/4.x flat attributes.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { asBool, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { bool, firstAttr, fromAliases, hasBlock, lower, written } from "./helpers.ts";
import { diagnosticsOf } from "./key-vault.ts";
import { identityOf } from "./compute.ts";

function normalizeCluster(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "container_cluster" });
  // RBAC defaults on (v3 `role_based_access_control_enabled`, v2 `role_based_access_control.enabled`).
  fromAliases(
    b,
    record,
    "rbac_enabled",
    ["role_based_access_control_enabled", "role_based_access_control.0.enabled"],
    true,
    bool(true),
  );
  const aad = firstAttr(record, [
    "azure_active_directory_role_based_access_control.0",
    "role_based_access_control.0.azure_active_directory.0",
  ]);
  b.set(
    "aad_integration",
    aad ? (isUnknown(aad.value) ? aad.value : true) : false,
    aad ? { attr: aad.path } : undefined,
  );

  const priv = fromAliases(
    b,
    record,
    "private_endpoint",
    ["private_cluster_enabled", "api_server_access_profile.0.private_cluster_enabled"],
    false,
    bool(false),
  );
  const ranges = firstAttr(record, [
    "api_server_access_profile.0.authorized_ip_ranges",
    "api_server_authorized_ip_ranges",
  ]);
  const cidrs: Value = ranges
    ? isUnknown(ranges.value)
      ? ranges.value
      : Array.isArray(ranges.value) && ranges.value.length > 0
        ? ranges.value
        : ["0.0.0.0/0"]
    : ["0.0.0.0/0"];
  b.set("public_access_cidrs", cidrs, ranges ? { attr: ranges.path } : undefined);
  b.set(
    "public_endpoint",
    isUnknown(priv) ? priv : priv !== true,
    b.resource.positions?.["private_endpoint"],
  );

  const policy = firstAttr(record, ["network_profile.0.network_policy"]);
  b.set(
    "network_policy",
    policy ? lower(policy.value) : null,
    policy
      ? { attr: policy.path }
      : firstAttr(record, ["network_profile"])
        ? { attr: "network_profile" }
        : undefined,
  );
  fromAliases(b, record, "local_accounts_enabled", ["local_account_disabled"], true, (v) => {
    const x = asBool(v, false);
    return typeof x === "boolean" ? !x : x;
  });
  fromAliases(
    b,
    record,
    "policy_addon",
    ["azure_policy_enabled", "addon_profile.0.azure_policy.0.enabled"],
    false,
    bool(false),
  );
  fromAliases(
    b,
    record,
    "dashboard_enabled",
    ["addon_profile.0.kube_dashboard.0.enabled"],
    false,
    bool(false),
  );
  b.set("disk_encryption.enabled", true);
  written(b, record, "disk_encryption.customer_managed_key", ["disk_encryption_set_id"]);

  // Control-plane logs are delivered by a diagnostic setting on the cluster.
  const categories: string[] = [];
  let unknownCategories: Value | undefined;
  for (const d of diagnosticsOf(record, ctx)) {
    for (const name of ["enabled_log", "log"]) {
      const logs = d.attrs[name];
      if (isUnknown(logs)) unknownCategories = logs;
      if (!Array.isArray(logs)) continue;
      for (const l of logs) {
        if (l === null || typeof l !== "object" || Array.isArray(l) || isUnknown(l)) continue;
        const cat = l["category"] ?? l["category_group"];
        const on = asBool(l["enabled"], true);
        if (isUnknown(cat)) unknownCategories = cat;
        else if (typeof cat === "string" && on === true) categories.push(cat.toLowerCase());
      }
    }
  }
  b.set("control_plane_logs", unknownCategories && categories.length === 0 ? unknownCategories : categories);
  const oms = hasBlock(record, "oms_agent");
  b.set(
    "monitoring_agent",
    oms === true || firstAttr(record, ["addon_profile.0.oms_agent.0.enabled"])?.value === true ? true : oms,
    oms === true ? { attr: "oms_agent" } : undefined,
  );
  identityOf(b, record);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["azurerm_kubernetes_cluster"], normalize: normalizeCluster },
];
