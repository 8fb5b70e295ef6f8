/**
 * Small pieces every azurerm normalizer needs: attribute aliases across provider major versions
 * (v2 → v3 → v4 renamed many booleans), Unknown-preserving readers, and links by Terraform address.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { asBool, asNumber, type ResourceBuilder } from "../../kit.ts";
import { getPath, isUnknown, isValueMap, unknown, type Value } from "../../../model/value.ts";
import type { JoinIndex } from "../join.ts";
import { baseAddress } from "../join.ts";

/** The first attribute of `paths` written on the record, with the path it was found at. */
export function firstAttr(
  record: RawRecord,
  paths: readonly string[],
): { path: string; value: Value } | undefined {
  for (const path of paths) {
    const value = getPath(record.attrs, path);
    if (value !== undefined && value !== null) return { path, value };
    // A nested block written as a map attribute (`encryption_settings = { enabled = false }`).
    const asMap = path.replace(/\.0(?=\.|$)/g, "");
    if (asMap !== path) {
      const v = getPath(record.attrs, asMap);
      if (v !== undefined && v !== null && !Array.isArray(v)) return { path: asMap, value: v };
    }
  }
  return undefined;
}

/**
 * Sets `configPath` from the first written alias (`enable_https_traffic_only` in v3,
 * `https_traffic_only_enabled` in v4), mapped, or from the provider default when none is written.
 */
export function fromAliases(
  b: ResourceBuilder,
  record: RawRecord,
  configPath: string,
  paths: readonly string[],
  fallback: Value,
  map: (v: Value) => Value = (v) => v,
): Value {
  const found = firstAttr(record, paths);
  if (!found) {
    b.set(configPath, fallback);
    return fallback;
  }
  const value = isUnknown(found.value) ? found.value : map(found.value);
  b.set(configPath, value, { record, attr: found.path });
  return value;
}

/**
 * Sets `configPath` to whether any of `paths` is written: a key reference counts even when its
 * value is computed at apply time (`disk_encryption_set_id = azurerm_disk_encryption_set.x.id`).
 */
export function written(
  b: ResourceBuilder,
  record: RawRecord,
  configPath: string,
  paths: readonly string[],
): void {
  const found = firstAttr(record, paths);
  b.set(configPath, found !== undefined, found ? { record, attr: found.path } : undefined);
}

export const bool =
  (fallback: boolean | null = null) =>
  (v: Value): Value =>
    asBool(v, fallback);

export const num =
  (fallback: number | null = null) =>
  (v: Value): Value =>
    asNumber(v, fallback);

/** Lower-cased text, keeping unknowns. */
export function lower(v: Value): Value {
  if (isUnknown(v)) return v;
  if (typeof v === "string") return v.toLowerCase();
  return unknown(`not a string: ${JSON.stringify(v).slice(0, 40)}`);
}

/** `TLS1_2`, `1.2`, `TLS1_0` → `1.2`; unknown stays unknown. */
export function tlsVersion(v: Value): Value {
  if (isUnknown(v)) return v;
  // Written as a number (`min_tls_version = 1.1`).
  if (typeof v === "number") return v.toFixed(1);
  if (typeof v !== "string") return unknown(`not a TLS version: ${JSON.stringify(v).slice(0, 40)}`);
  const m = /(\d)[._](\d)/.exec(v);
  if (m) return `${m[1]}.${m[2]}`;
  // `TLSEnforcementDisabled` (PostgreSQL/MySQL single server) accepts any version.
  if (/disabled/i.test(v)) return "none";
  return unknown(`unrecognized TLS version ${v}`);
}

/** True when a nested block (`identity`, `rotation_policy`) is written at least once; unknown when dynamic. */
export function hasBlock(record: RawRecord, name: string): Value {
  const v = record.attrs[name];
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) return v.some((x) => isValueMap(x) || isUnknown(x));
  return isValueMap(v);
}

/** The uid of another record of the same module, as the normalizer of that record builds it. */
export function uidOf(record: RawRecord): string {
  return `${record.span.file}#${record.address}`;
}

/** Addresses a value references (`azurerm_public_ip.pip.id` → `azurerm_public_ip.pip`). */
export function refsOf(v: Value | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return [...v.refs];
  if (Array.isArray(v)) return v.flatMap(refsOf);
  return [];
}

/** Records of `nativeType` that `v` references, in the module of `from`. */
export function referenced(
  index: JoinIndex,
  from: RawRecord,
  v: Value | undefined,
  nativeType: string,
): RawRecord[] {
  const refs = new Set(refsOf(v));
  if (refs.size === 0) return [];
  return index
    .ofType(nativeType)
    .filter((r) => r.module === from.module && (refs.has(r.address) || refs.has(baseAddress(r.address))));
}

/** True when the value is a reference to (or an interpolation of) a data source or resource of a type prefix. */
export function refersToType(v: Value | undefined, typePrefix: string): boolean {
  return refsOf(v).some((ref) => {
    const parts = ref.split(".");
    // `data.azurerm_subscription.current`, `azurerm_management_group.root`, `module.x.azurerm_…`
    return parts.some((p) => p.startsWith(typePrefix));
  });
}
