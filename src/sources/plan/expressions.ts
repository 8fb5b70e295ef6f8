/**
 * The plan's `configuration` section: what the user wrote for each resource, as expression trees.
 * A plan says *that* a value is unknown (`after_unknown`) but not *why*; the expression says which
 * resources it came from (`references`), which is what joins split blocks
 * (`aws_s3_bucket_versioning.v.bucket = aws_s3_bucket.b.id`).
 */
import { isJsonObject, type JsonObject, type JsonValue } from "./json.ts";

/** One resource's written expressions and the provider configuration it uses. */
export interface ConfigResource {
  expressions: JsonObject;
  providerKey: string | undefined;
}

/** Configured resources by (module path without instance keys, local address), and provider facts. */
export class PlanConfiguration {
  private readonly resources = new Map<string, ConfigResource>();
  readonly providers = new Map<string, { region?: string; project?: string }>();
  /** False when the plan has no `configuration` section (some tools strip it). */
  readonly present: boolean;

  constructor(configuration: JsonValue | undefined) {
    this.present = isJsonObject(configuration);
    if (!isJsonObject(configuration)) return;
    const pc = configuration["provider_config"];
    if (isJsonObject(pc)) {
      for (const [key, p] of Object.entries(pc)) {
        if (!isJsonObject(p)) continue;
        const ex = isJsonObject(p["expressions"]) ? p["expressions"] : {};
        const facts: { region?: string; project?: string } = {};
        const region = constant(ex["region"]) ?? constant(ex["location"]);
        const project = constant(ex["project"]);
        if (typeof region === "string") facts.region = region;
        if (typeof project === "string") facts.project = project;
        this.providers.set(key, facts);
      }
    }
    this.addModule("", configuration["root_module"], 0);
  }

  private addModule(path: string, mod: JsonValue | undefined, depth: number): void {
    if (!isJsonObject(mod) || depth > 32) return;
    const list = mod["resources"];
    if (Array.isArray(list)) {
      for (const r of list) {
        if (!isJsonObject(r) || typeof r["address"] !== "string") continue;
        const providerKey =
          typeof r["provider_config_key"] === "string" ? r["provider_config_key"] : undefined;
        this.resources.set(`${path}\u0000${r["address"]}`, {
          expressions: isJsonObject(r["expressions"]) ? r["expressions"] : {},
          providerKey,
        });
      }
    }
    const calls = mod["module_calls"];
    if (!isJsonObject(calls)) return;
    for (const [name, call] of Object.entries(calls)) {
      if (isJsonObject(call))
        this.addModule(`${path}${path ? "." : ""}module.${name}`, call["module"], depth + 1);
    }
  }

  /** The configured resource behind a planned instance (`module.app[0]`, `aws_s3_bucket.b["x"]`). */
  resource(modulePath: string, localAddress: string): ConfigResource | undefined {
    const key = `${stripKeys(modulePath)}\u0000${stripKeys(localAddress)}`;
    return this.resources.get(key);
  }
}

/** Drops instance keys: `module.app[0].module.x["a"]` → `module.app.module.x`. */
export function stripKeys(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, "");
}

function constant(e: JsonValue | undefined): JsonValue | undefined {
  return isJsonObject(e) ? e["constant_value"] : undefined;
}

/**
 * A leaf expression: `{constant_value}` or `{references}`. An empty object is read as an empty
 * block body (it is also how an expression with neither is written; its parts then read as unwritten).
 */
export function isLeaf(e: JsonValue | undefined): e is JsonObject {
  return isJsonObject(e) && ("constant_value" in e || "references" in e);
}

/** The expression written for attribute `key` of a nested value, or undefined when nothing was written. */
export function childExpr(e: JsonValue | undefined, key: string | number): JsonValue | undefined {
  if (e === undefined) return undefined;
  if (isLeaf(e)) return e; // a map or list written as one expression: its parts share its references
  if (Array.isArray(e)) return typeof key === "number" ? e[key] : undefined;
  if (isJsonObject(e) && typeof key === "string") return e[key];
  return undefined;
}

/** Every reference written anywhere under an expression. */
export function referencesOf(e: JsonValue | undefined, depth = 0): string[] {
  if (e === undefined || depth > 32) return [];
  if (isLeaf(e)) {
    const refs = e["references"];
    return Array.isArray(refs) ? refs.filter((r): r is string => typeof r === "string") : [];
  }
  const items = Array.isArray(e) ? e : isJsonObject(e) ? Object.values(e) : [];
  return items.flatMap((x) => referencesOf(x, depth + 1));
}

/**
 * The resource (or module call) a reference names, in the form the join index compares with
 * record addresses: `aws_s3_bucket.b.id` → `aws_s3_bucket.b`, `data.x.y.json` → `data.x.y`,
 * `module.m.out` → `module.m`. Variables, locals and iteration symbols name no resource.
 */
export function resourceOfReference(ref: string): string | undefined {
  const parts = splitReference(ref);
  const head = parts[0];
  if (head === undefined) return undefined;
  if (["var", "local", "each", "count", "path", "terraform", "self"].includes(head)) return undefined;
  if (head === "data") return parts.length >= 3 ? parts.slice(0, 3).join(".") : undefined;
  if (head === "module") return parts.length >= 2 ? parts.slice(0, 2).join(".") : undefined;
  return parts.length >= 2 ? parts.slice(0, 2).join(".") : undefined;
}

/** Splits on dots outside brackets, keeping an instance key with its name (`b["x.y"]`). */
function splitReference(ref: string): string[] {
  const out: string[] = [];
  let cur = "";
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref[i]!;
    if (quoted) {
      cur += ch;
      if (ch === "\\" && i + 1 < ref.length) cur += ref[++i];
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "[") depth++;
    else if (ch === "]") depth--;
    if (ch === "." && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
