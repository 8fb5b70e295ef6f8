/** Small readers shared by GCP rules: role classes and member kinds of `iam_binding` resources. */
import type { Resource } from "../../model/resource.ts";
import { isUnknown, type Value } from "../../model/value.ts";

/** Basic (primitive) roles: they span every service of the project. */
export const BASIC_ROLES = new Set(["roles/owner", "roles/editor", "roles/viewer"]);

/** Owner, editor, or any predefined or custom role named as an administrator role (`roles/container.admin`, `roles/iam.securityAdmin`). */
export function isAdminRole(role: string): boolean {
  return role === "roles/owner" || role === "roles/editor" || /admin$/i.test(role.split("/").pop() ?? "");
}

/** Roles and member kinds of a binding, or the reason they are unknown. */
export function bindingParts(
  resource: Resource,
): { roles: string[]; members: Value[]; kinds: Value[] } | { unknown: string } {
  const roles = resource.config["roles"];
  const members = resource.config["members"];
  const kinds = resource.config["member_kinds"];
  if (isUnknown(roles)) return { unknown: `roles: ${roles.reason}` };
  if (isUnknown(members)) return { unknown: `members: ${members.reason}` };
  if (isUnknown(kinds)) return { unknown: `members: ${kinds.reason}` };
  if (!Array.isArray(roles) || !Array.isArray(members) || !Array.isArray(kinds))
    return { unknown: "not a binding" };
  const known = roles.filter((r): r is string => typeof r === "string");
  if (known.length !== roles.length) return { unknown: "a role is unknown" };
  return { roles: known, members, kinds };
}

/** A member written as text, or a short description of an unknown one. */
export function memberLabel(m: Value): string {
  if (typeof m === "string") return m;
  if (isUnknown(m) && m.refs.length > 0) return m.refs[0] ?? "a reference";
  return "an unknown member";
}
