/**
 * Azure Monitor: the subscription activity log is exported by a log profile (legacy) or by a
 * diagnostic setting on the subscription; both become `audit_log`. Activity log alerts become
 * `activity_alert`; Log Analytics workspaces become `log_group`.
 *
 * The activity log is one per subscription and covers every region, so an export of it is
 * `multi_region` by nature; a log profile is multi-region only when it lists the `global` location
 * (where subscription-level events are recorded) — the provider cannot tell which regions exist.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { asBool, asNumber, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { firstAttr, refersToType, refsOf } from "./helpers.ts";

/** The categories CIS asks the activity log export to include. */
const REQUIRED_CATEGORIES = ["administrative", "alert", "policy", "security"];

function normalizeLogProfile(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "audit_log" });
  b.set("enabled", true);
  const locations = record.attrs["locations"];
  b.set(
    "multi_region",
    isUnknown(locations)
      ? locations
      : Array.isArray(locations) && locations.some((l) => String(l).toLowerCase() === "global"),
    { attr: "locations" },
  );
  const cats = record.attrs["categories"];
  b.set(
    "management_events",
    isUnknown(cats)
      ? cats
      : Array.isArray(cats) &&
          ["write", "delete", "action"].every((c) => cats.some((x) => String(x).toLowerCase() === c)),
    { attr: "categories" },
  );
  // Retention: `enabled = false` keeps logs forever (0); otherwise `days`.
  const enabled = asBool(firstAttr(record, ["retention_policy.0.enabled"])?.value, false);
  if (isUnknown(enabled)) b.set("retention_days", enabled, { attr: "retention_policy.0.enabled" });
  else if (enabled === false) b.set("retention_days", 0, { attr: "retention_policy" });
  else
    b.set("retention_days", asNumber(firstAttr(record, ["retention_policy.0.days"])?.value, 0), {
      attr: "retention_policy.0.days",
    });
  b.set(
    "categories",
    isUnknown(cats) ? cats : Array.isArray(cats) ? cats.map((c) => String(c).toLowerCase()) : [],
  );
  return b.build();
}

/** The target is a subscription: a reference to `azurerm_subscription` or a literal subscription id. */
function targetsSubscription(v: Value | undefined): boolean {
  if (typeof v === "string") return /^\/subscriptions\/[^/]+\/?$/i.test(v);
  return isUnknown(v) && refersToType(v, "azurerm_subscription");
}

/** Categories a diagnostic setting enables (`enabled_log` in v3.39+, `log` before). */
function enabledCategories(record: RawRecord): Value {
  const out: string[] = [];
  for (const name of ["enabled_log", "log"]) {
    const raw = record.attrs[name];
    if (isUnknown(raw)) return raw;
    for (const l of blocks(record.attrs, name)) {
      const cat = l["category"] ?? l["category_group"];
      if (isUnknown(cat)) return cat;
      const on = asBool(l["enabled"], true);
      if (isUnknown(on)) return on;
      if (typeof cat === "string" && on === true) out.push(cat.toLowerCase());
    }
  }
  return out;
}

function normalizeDiagnosticSetting(record: RawRecord, ctx: NormalizeContext): Resource | null {
  const target = record.attrs["target_resource_id"];
  if (!targetsSubscription(target)) {
    // A setting on a resource of this configuration is read by that resource's normalizer.
    const refs = refsOf(target);
    const known = refs.some((ref) =>
      ctx.index.ofType(ref.split(".")[0] ?? "").some((r) => r.address === ref),
    );
    if (known) return null;
    return new ResourceBuilder(record, { provider: "azure", type: "diagnostic_setting" }).build();
  }
  const b = new ResourceBuilder(record, { provider: "azure", type: "audit_log" });
  b.set("enabled", true);
  b.set("multi_region", true); // the activity log covers every region of the subscription
  const cats = enabledCategories(record);
  b.set("categories", cats, { attr: record.attrs["enabled_log"] !== undefined ? "enabled_log" : "log" });
  const allCats =
    cats === null || isUnknown(cats)
      ? cats
      : (cats as string[]).includes("alllogs") ||
        REQUIRED_CATEGORIES.every((c) => (cats as string[]).includes(c));
  b.set("management_events", allCats, {
    attr: record.attrs["enabled_log"] !== undefined ? "enabled_log" : "log",
  });
  // Retention of an export is decided at its destination (workspace / storage lifecycle), not here.
  const dest = firstAttr(record, [
    "log_analytics_workspace_id",
    "storage_account_id",
    "eventhub_authorization_rule_id",
    "partner_solution_id",
  ]);
  b.set("destination", dest ? dest.path.replace(/_id$/, "") : null, dest ? { attr: dest.path } : undefined);
  return b.build();
}

function normalizeActivityAlert(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "activity_alert" });
  b.fromAttr("enabled", "enabled", true, (v) => asBool(v, true));
  const ops: string[] = [];
  let unknownOp: Value | undefined;
  for (const c of blocks(record.attrs, "criteria")) {
    const op = c["operation_name"];
    if (isUnknown(op)) unknownOp = op;
    else if (typeof op === "string") ops.push(op.toLowerCase());
  }
  b.set("operations", unknownOp && ops.length === 0 ? unknownOp : ops, { attr: "criteria" });
  // Scopes: an alert on a resource group only sees that group's operations.
  const scopes = record.attrs["scopes"];
  b.set(
    "subscription_scope",
    isUnknown(scopes) ? scopes : Array.isArray(scopes) && scopes.some((s) => targetsSubscription(s)),
    { attr: "scopes" },
  );
  return b.build();
}

function normalizeWorkspace(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "log_group" });
  b.fromAttr("retention_days", "retention_in_days", 30, (v) => asNumber(v, 30)); // default 30 days
  b.set("encryption.enabled", true);
  b.set("encryption.customer_managed_key", false);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["azurerm_monitor_log_profile"], normalize: normalizeLogProfile },
  { native_types: ["azurerm_monitor_diagnostic_setting"], normalize: normalizeDiagnosticSetting },
  { native_types: ["azurerm_monitor_activity_log_alert"], normalize: normalizeActivityAlert },
  { native_types: ["azurerm_log_analytics_workspace"], normalize: normalizeWorkspace },
];
