/**
 * Key Vault: vaults → `key_vault`, keys → `kms_key`, secrets → `secret`.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown } from "../../../model/value.ts";
import { block, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { bool, firstAttr, fromAliases, num, referenced, refsOf, uidOf } from "./helpers.ts";

/** A diagnostic setting whose target is the record (by reference) means its logs are collected. */
export function diagnosticsOf(target: RawRecord, ctx: NormalizeContext): RawRecord[] {
  return ctx.index
    .ofType("azurerm_monitor_diagnostic_setting")
    .filter(
      (d) => d.module === target.module && refsOf(d.attrs["target_resource_id"]).includes(target.address),
    );
}

function normalizeVault(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "key_vault" });
  fromAliases(b, record, "purge_protection", ["purge_protection_enabled"], false, bool(false));
  // Soft delete is always on since 2020; retention defaults to 90 days.
  fromAliases(b, record, "soft_delete_retention_days", ["soft_delete_retention_days"], 90, num(90));
  // v3 `enable_rbac_authorization`, v4 `rbac_authorization_enabled`; default false (access policies).
  fromAliases(
    b,
    record,
    "rbac_authorization",
    ["rbac_authorization_enabled", "enable_rbac_authorization"],
    false,
    bool(false),
  );
  fromAliases(b, record, "public_network_access", ["public_network_access_enabled"], true, bool(true));
  const acls = block(record.attrs, "network_acls");
  if (isUnknown(record.attrs["network_acls"]))
    b.set("network_default_deny", record.attrs["network_acls"], { attr: "network_acls" });
  else if (!acls)
    b.set("network_default_deny", false); // no firewall: every network is allowed
  else {
    const action = acls["default_action"];
    b.set(
      "network_default_deny",
      isUnknown(action) ? action : String(action ?? "").toLowerCase() === "deny",
      { attr: "network_acls.0.default_action" },
    );
  }
  const diags = diagnosticsOf(record, ctx);
  b.set("logging.enabled", diags.length > 0, diags[0] ? diags[0].span : undefined);
  return b.build();
}

/** ISO 8601 durations as days (`P90D`, `P1Y`, `P3M`); undefined when not one. */
export function durationDays(text: string): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(text.trim());
  if (!m || text.trim() === "P") return undefined;
  const [, y, mo, w, d] = m.map((x) => (x === undefined ? 0 : Number(x)));
  return (y ?? 0) * 365 + (mo ?? 0) * 30 + (w ?? 0) * 7 + (d ?? 0);
}

function expiration(b: ResourceBuilder, record: RawRecord): void {
  const exp = firstAttr(record, ["expiration_date"]);
  // An expression (`timeadd(timestamp(), …)`) still sets a date, even when its value is unknown.
  b.set("expiration_set", exp !== undefined, exp ? { attr: exp.path } : undefined);
}

function normalizeKey(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "kms_key" });
  // Automatic rotation exists only with a `rotation_policy.automatic` block.
  const auto = firstAttr(record, ["rotation_policy.0.automatic.0"]);
  const policy = firstAttr(record, ["rotation_policy"]);
  if (policy && isUnknown(policy.value)) b.set("rotation_enabled", policy.value, { attr: "rotation_policy" });
  else
    b.set(
      "rotation_enabled",
      auto !== undefined,
      auto ? { attr: "rotation_policy.0.automatic" } : policy ? { attr: "rotation_policy" } : undefined,
    );
  const after = firstAttr(record, ["rotation_policy.0.automatic.0.time_after_create"]);
  const expire = firstAttr(record, ["rotation_policy.0.expire_after"]);
  const period = after ?? (auto ? expire : undefined);
  if (period) {
    const days = isUnknown(period.value)
      ? period.value
      : (durationDays(String(period.value)) ?? unknown("not an ISO 8601 duration"));
    b.set("rotation_period_days", days, { attr: period.path });
  } else b.set("rotation_period_days", null);
  // `symmetric` is left unset: Key Vault rotation policies rotate RSA, EC and oct keys alike.
  expiration(b, record);
  for (const v of referenced(ctx.index, record, record.attrs["key_vault_id"], "azurerm_key_vault"))
    b.link("in_key_vault", uidOf(v));
  return b.build();
}

function normalizeSecret(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "secret" });
  b.set("encryption.enabled", true); // Key Vault always encrypts secrets with HSM-protected keys
  b.set("encryption.customer_managed_key", false);
  // Key Vault has no built-in secret rotation; it is wired up outside the resource (Event Grid + function).
  b.set("rotation.enabled", unknown("Key Vault secret rotation is configured outside Terraform"));
  expiration(b, record);
  b.fromAttr("content_type", "content_type", null);
  for (const v of referenced(ctx.index, record, record.attrs["key_vault_id"], "azurerm_key_vault"))
    b.link("in_key_vault", uidOf(v));
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["azurerm_key_vault"], normalize: normalizeVault },
  { native_types: ["azurerm_key_vault_key"], normalize: normalizeKey },
  { native_types: ["azurerm_key_vault_secret"], normalize: normalizeSecret },
];
