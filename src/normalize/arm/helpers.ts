/** What every ARM translation shares: ARM's `Enabled`/`Disabled` switches, tags, parents, API versions. */
import { isUnknown, type Value } from "../../model/value.ts";
import type { Tf } from "../cloudformation/translate.ts";

/** `"Enabled"` / `"Disabled"` (any case) or a boolean → a boolean; unknowns stay unknown. */
export const enabled = (v: Value): Value =>
  isUnknown(v) || typeof v === "boolean" ? v : typeof v === "string" ? v.toLowerCase() === "enabled" : v;

/** ARM writes tags as a map already. */
export function copyTags(t: Tf): void {
  t.copy("tags", "tags");
  t.copy("name", "name");
  t.copy("location", "location");
}

/** The resource this child belongs to (its ARM parent, or the resource its `dependsOn` names). */
export function parentRef(t: Tf): Value | undefined {
  return t.get("$parent");
}

/** The template's `apiVersion` is at least `min` (ISO dates compare as text). */
export function apiAtLeast(t: Tf, min: string): boolean {
  const v = t.get("apiVersion");
  return typeof v === "string" && v.slice(0, 10) >= min;
}

/** A property that is written (even as an unknown) → true; for key references. */
export function isWritten(t: Tf, path: string): boolean {
  const v = t.get(path);
  return v !== undefined && v !== "";
}
