/**
 * Azure RBAC: role assignments → `iam_binding` (role, member, scope level, principal kind), custom
 * role definitions → `iam_role` with their permissions written as an IAM-style policy document.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { firstAttr, refsOf } from "./helpers.ts";

/** The level of a scope written literally or as a reference to a subscription / group / resource. */
export function scopeLevel(v: Value | undefined): Value {
  if (v === undefined || v === null) return unknown("scope not set");
  if (typeof v === "string") {
    if (/^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+\/?$/i.test(v))
      return "management_group";
    if (/^\/subscriptions\/[^/]+\/?$/i.test(v)) return "subscription";
    if (/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/?$/i.test(v)) return "resource_group";
    if (/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\//i.test(v)) return "resource";
    return v === "/" ? "management_group" : unknown(`unrecognized scope ${v}`);
  }
  if (!isUnknown(v)) return unknown("scope is not a string");
  const refs = refsOf(v);
  if (refs.length === 0) return v;
  const types = refs.map((r) => r.split(".").find((p) => p.startsWith("azurerm_")) ?? "");
  if (types.some((t) => t === "azurerm_management_group")) return "management_group";
  if (types.some((t) => t === "azurerm_subscription")) return "subscription";
  if (types.some((t) => t === "azurerm_resource_group")) return "resource_group";
  if (types.length > 0 && types.every((t) => t !== "")) return "resource";
  return v;
}

/**
 * Who the principal is. Referencing the identity of a VM, cluster, app or user-assigned identity
 * makes it a managed identity; `principal_type` says so when written.
 */
function principalKind(record: RawRecord): Value {
  const written = record.attrs["principal_type"];
  if (typeof written === "string") {
    const t = written.toLowerCase();
    return t === "serviceprincipal" ? "service_principal" : t === "foreignGroup".toLowerCase() ? "group" : t;
  }
  const principal = record.attrs["principal_id"];
  const refs = refsOf(principal);
  if (refs.some((r) => /azurerm_user_assigned_identity\./.test(r))) return "managed_identity";
  if (
    refs.some((r) =>
      /azurerm_(kubernetes_cluster|(linux_|windows_)?virtual_machine(_scale_set)?|(linux_|windows_)?(web|function)_app|app_service|function_app|logic_app_workflow|data_factory|container_group|automation_account)\./.test(
        r,
      ),
    )
  )
    return "managed_identity";
  if (refs.some((r) => /azuread_service_principal\./.test(r))) return "service_principal";
  if (refs.some((r) => /azuread_group\./.test(r))) return "group";
  if (refs.some((r) => /azuread_user\./.test(r))) return "user";
  return unknown("principal kind not known");
}

/** The role name: written, or the name of a custom role definition in this configuration. */
function roleName(record: RawRecord, ctx: NormalizeContext): Value {
  const name = firstAttr(record, ["role_definition_name"]);
  if (name) return name.value;
  const id = record.attrs["role_definition_id"];
  const def = ctx.index
    .ofType("azurerm_role_definition")
    .find((d) => d.module === record.module && refsOf(id).includes(d.address));
  if (def && typeof def.attrs["name"] === "string") return def.attrs["name"];
  return unknown("role given by id");
}

function normalizeAssignment(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "iam_binding" });
  const role = roleName(record, ctx);
  const roleAttr =
    record.attrs["role_definition_name"] !== undefined ? "role_definition_name" : "role_definition_id";
  b.set("roles", isUnknown(role) ? role : [String(role)], { attr: roleAttr });
  const principal = record.attrs["principal_id"];
  b.set(
    "members",
    isUnknown(principal) ? [`ref:${refsOf(principal)[0] ?? "unknown"}`] : [String(principal ?? "")],
    { attr: "principal_id" },
  );
  b.set("principal_kind", principalKind(record), {
    attr: record.attrs["principal_type"] !== undefined ? "principal_type" : "principal_id",
  });
  b.set("scope_level", scopeLevel(record.attrs["scope"]), { attr: "scope" });
  return b.build();
}

/** A custom role: its `permissions` as one Allow statement over its assignable scopes. */
function normalizeDefinition(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "iam_role" });
  const statements: Value[] = [];
  for (const p of blocks(record.attrs, "permissions")) {
    const actions = p["actions"];
    const notActions = p["not_actions"];
    if (isUnknown(actions) || isUnknown(notActions)) {
      b.set("policies", isUnknown(actions) ? actions : (notActions as Value), { attr: "permissions" });
      b.set("scope_level", scopeLevel(record.attrs["scope"]), { attr: "scope" });
      return b.build();
    }
    const st: Record<string, Value> = { Effect: "Allow", Action: Array.isArray(actions) ? actions : [] };
    if (Array.isArray(notActions) && notActions.length > 0) st["NotAction"] = notActions;
    st["Resource"] = Array.isArray(record.attrs["assignable_scopes"])
      ? record.attrs["assignable_scopes"].map((s) => (isUnknown(s) ? "*" : s))
      : ["*"];
    statements.push(st);
  }
  b.set("policies", [{ Version: "2012-10-17", Statement: statements }], { attr: "permissions" });
  b.set("scope_level", scopeLevel(record.attrs["scope"]), { attr: "scope" });
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["azurerm_role_assignment"], normalize: normalizeAssignment },
  { native_types: ["azurerm_role_definition"], normalize: normalizeDefinition },
];
