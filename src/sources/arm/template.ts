/**
 * Evaluating one ARM template (hand-written or compiled from Bicep) into RawRecords: parameters
 * (defaults, a `<name>.parameters.json` beside the template), variables (with `copy`), resources
 * with their conditions, `copy` loops and nested child resources, properties with property-level
 * `copy`. Each record's attributes are the evaluated resource object (`properties`, `sku`, …).
 */
import type { RawRecord, ScanError } from "../../model/raw.ts";
import type { Span } from "../../model/resource.ts";
import { isUnknown, isValueMap, Unknown, type Value, type ValueMap } from "../../model/value.ts";
import type { LineSpan, ParsedDoc } from "../kubernetes/parse.ts";
import { knownSpelling } from "./types.ts";
import { evaluate, ExpressionError, isExpression, parseExpression, type EvalScope } from "./expressions.ts";

const SOURCE = "arm";
/** A copy loop larger than this is judged on its first instances: they share one definition. */
const MAX_COPIES = 50;

export interface TemplateOutput {
  records: RawRecord[];
  errors: ScanError[];
}

interface Loops {
  /** Loop name → current index; `""` is the enclosing resource's own loop. */
  readonly [loop: string]: number | Unknown;
}

/** How deep `Microsoft.Resources/deployments` may nest templates (Bicep modules of modules). */
const MAX_NESTING = 8;
const DEPLOYMENTS = "Microsoft.Resources/deployments";

/**
 * `module` is the path of nested deployments (`deployment.storage`), empty for the file's own
 * template: records of an inner-scope deployment (a Bicep module) join only among themselves.
 */
export function evaluateTemplate(
  parsed: ParsedDoc,
  file: string,
  given: Record<string, Value>,
  module = "",
  nesting = 0,
): TemplateOutput {
  const tpl = isValueMap(parsed.value as Value) ? (parsed.value as ValueMap) : {};
  const errors: ScanError[] = [];
  const problem = (path: string, message: string): void => {
    errors.push({ source: SOURCE, file, line: parsed.spans.get(path)?.start ?? 1, message });
  };
  const params = isValueMap(tpl["parameters"]) ? tpl["parameters"] : {};
  const vars = isValueMap(tpl["variables"]) ? tpl["variables"] : {};
  const typeCase = new Map<string, string>();
  const varCache = new Map<string, Value>();
  const evaluating = new Set<string>();

  const lookup = <T>(m: Record<string, T>, name: string): [string, T] | undefined => {
    const key = Object.keys(m).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : [key, m[key]!];
  };

  // ARM refuses to deploy a template that names an undeclared parameter or variable; the scan says
  // so once and judges the rest of the resource with the value unknown.
  const reported = new Set<string>();
  const undeclared = (what: string): Unknown => {
    if (!reported.has(what)) {
      reported.add(what);
      problem("", `${what} is not declared in the template`);
    }
    return new Unknown(`${what} (not declared)`);
  };

  const scopeFor = (loops: Loops): EvalScope => ({
    parameter: (name) => {
      const given_ = lookup(given, name);
      if (given_) return given_[1];
      const def = lookup(params, name);
      if (!def) return undeclared(`parameters('${name}')`);
      const p = def[1];
      if (isValueMap(p) && p["defaultValue"] !== undefined)
        return value(p["defaultValue"], `parameters.${def[0]}.defaultValue`, {});
      return new Unknown(`parameters('${def[0]}')`);
    },
    variable: (name) => {
      const v = lookup(vars, name);
      if (!v) return undeclared(`variables('${name}')`);
      const key = v[0];
      const cached = varCache.get(key);
      if (cached !== undefined) return cached;
      if (evaluating.has(key)) throw new ExpressionError(`variables('${key}') refers to itself`);
      evaluating.add(key);
      try {
        const out = value(v[1], `variables.${key}`, {});
        varCache.set(key, out);
        return out;
      } finally {
        evaluating.delete(key);
      }
    },
    copyIndex: (loop) => (loop === undefined ? loops[""] : loops[loop]),
    addressOf: (type, names) => addressOf(canonicalType(type), names),
  });

  const canonicalType = (type: string): string =>
    knownSpelling(type) ?? typeCase.get(type.toLowerCase()) ?? type;

  /** Evaluates a template value (strings that are expressions, objects with property `copy`). */
  const value = (v: Value, path: string, loops: Loops, depth = 0): Value => {
    if (depth > 64) throw new ExpressionError("value nested too deeply");
    if (typeof v === "string") {
      if (v.startsWith("[[")) return v.slice(1);
      if (!isExpression(v)) return v;
      return evaluate(parseExpression(v.slice(1, -1)), scopeFor(loops));
    }
    if (Array.isArray(v)) return v.map((x, i) => value(x, `${path}.${i}`, loops, depth + 1));
    if (isValueMap(v)) {
      const out: ValueMap = {};
      for (const [k, x] of Object.entries(v)) {
        if (k === "copy" && Array.isArray(x)) {
          Object.assign(out, propertyCopies(x, `${path}.copy`, loops, depth));
          continue;
        }
        out[k] = value(x, `${path}.${k}`, loops, depth + 1);
      }
      return out;
    }
    return v;
  };

  /** Property-level and variable `copy`: `[{name, count, input}]` → arrays named `name`. */
  const propertyCopies = (list: Value[], path: string, loops: Loops, depth: number): ValueMap => {
    const out: ValueMap = {};
    list.forEach((c, i) => {
      if (!isValueMap(c) || typeof c["name"] !== "string") return;
      const name = c["name"];
      const count = value(c["count"] ?? 0, `${path}.${i}.count`, loops, depth + 1);
      if (typeof count !== "number") {
        out[name] = new Unknown(`copy ${name}: count ${isUnknown(count) ? count.reason : "not a number"}`);
        return;
      }
      out[name] = Array.from({ length: Math.min(count, MAX_COPIES) }, (_, n) =>
        value(c["input"] ?? null, `${path}.${i}.input`, { ...loops, [name]: n }, depth + 1),
      );
    });
    return out;
  };

  // Resources: arrays (languageVersion 1) or symbolic-name maps (languageVersion 2, Bicep's newer output).
  interface Pending {
    def: ValueMap;
    path: string;
    parent?: { type: string; name: Value; ancestors: string[] };
  }
  const top: Pending[] = [];
  const resources = tpl["resources"];
  if (Array.isArray(resources))
    resources.forEach((r, i) => isValueMap(r) && top.push({ def: r, path: `resources.${i}` }));
  else if (isValueMap(resources))
    for (const [k, r] of Object.entries(resources))
      if (isValueMap(r)) top.push({ def: r, path: `resources.${k}` });

  // Record the spelling of every declared type first, so resourceId() calls resolve to it.
  const declare = (p: Pending, parentType?: string): void => {
    const t = typeof p.def["type"] === "string" ? p.def["type"] : "";
    const full = parentType && !isQualified(t) ? `${parentType}/${t}` : t;
    if (full) typeCase.set(full.toLowerCase(), full);
    const children = p.def["resources"];
    if (Array.isArray(children))
      children.forEach((c) => isValueMap(c) && declare({ def: c, path: "" }, full));
  };
  top.forEach((p) => declare(p));

  const records: RawRecord[] = [];
  const seen = new Map<string, number>();
  const emit = (p: Pending): void => {
    const where = parsed.spans.get(p.path) ?? { start: 1, end: 1 };
    const rawType = p.def["type"];
    if (typeof rawType !== "string") {
      problem(p.path, `resource at ${p.path} has no type`);
      return;
    }
    const relative = p.parent !== undefined && !isQualified(rawType);
    const type = canonicalType(relative ? `${p.parent!.type}/${rawType}` : rawType);
    const copy = isValueMap(p.def["copy"]) ? p.def["copy"] : undefined;
    let instances: (number | Unknown | undefined)[] = [undefined];
    let loopName: string | undefined;
    if (copy) {
      loopName = typeof copy["name"] === "string" ? copy["name"] : "";
      const count = value(copy["count"] ?? 0, `${p.path}.copy.count`, {});
      instances =
        typeof count === "number"
          ? Array.from({ length: Math.min(count, MAX_COPIES) }, (_, i) => i)
          : [new Unknown(`copyIndex(): count ${isUnknown(count) ? count.reason : "unknown"}`)];
    }
    for (const index of instances) {
      const loops: Loops =
        index === undefined ? {} : { "": index, ...(loopName ? { [loopName]: index } : {}) };
      try {
        if (p.def["condition"] !== undefined) {
          const cond = value(p.def["condition"], `${p.path}.condition`, loops);
          if (cond === false) continue; // not deployed
        }
        const ownName = value(p.def["name"] ?? "", `${p.path}.name`, loops);
        const name: Value = relative ? joinNames(p.parent!.name, ownName) : ownName;
        let address = (module ? `${module}.` : "") + addressOf(type, [name]);
        if (isUnknown(index)) address += "[*]";
        const n = (seen.get(address) ?? 0) + 1;
        seen.set(address, n);
        if (n > 1) address += `#${n - 1}`;
        const attrs: ValueMap = {};
        const nested = type === DEPLOYMENTS ? nestedTemplate(p.def) : undefined;
        for (const [k, v] of Object.entries(p.def)) {
          if (k === "resources" || k === "copy" || k === "condition") continue;
          // A nested template is evaluated as templates are, below, not as this resource's value.
          const own = nested && k === "properties" && isValueMap(v) ? { ...v, template: {} } : v;
          attrs[k] = k === "name" ? name : value(own, `${p.path}.${k}`, loops);
        }
        // Every enclosing resource (account → blob service → container), for joins by parent.
        const ancestors = [
          ...new Set([
            ...(p.parent?.ancestors ?? []),
            ...ancestorsFromName(type, name),
            ...ancestorsFromDeps(type, attrs["dependsOn"]),
          ]),
        ];
        if (ancestors.length > 0) attrs["$parent"] = new Unknown("the parent resource's id", ancestors);
        const location = attrs["location"];
        const record: RawRecord = {
          format: "arm",
          native_type: type,
          address,
          name: typeof name === "string" ? name : isUnknown(name) ? `[${name.reason}]` : String(name),
          mode: "resource",
          root: file,
          module,
          span: { file, start_line: where.start, end_line: where.end },
          attrs,
          attrSpans: fieldSpans(parsed.spans, `${p.path}.`, file),
          suppressions: suppressions(p.def["metadata"]),
        };
        if (typeof location === "string") record.providerConfig = { region: location };
        records.push(record);
        if (nested) deploy(nested, `${p.path}.properties.template`, attrs, name);
        const children = p.def["resources"];
        if (Array.isArray(children))
          children.forEach((c, i) => {
            if (isValueMap(c))
              emit({
                def: c,
                path: `${p.path}.resources.${i}`,
                parent: { type, name, ancestors: [...ancestors, addressOf(type, [name])] },
              });
          });
      } catch (e) {
        if (!(e instanceof ExpressionError)) throw e;
        problem(p.path, `${type}: ${e.message}`);
      }
    }
  };
  /**
   * A nested deployment: an inner-scope template (what Bicep writes for a module) is evaluated on
   * its own with the parameter values passed to it; an outer-scope one (the default) reads this
   * template's parameters and variables, so its resources are evaluated here.
   */
  const deploy = (nested: NestedTemplate, path: string, attrs: ValueMap, name: Value): void => {
    if (nesting >= MAX_NESTING) {
      problem(path, `deployments nested deeper than ${MAX_NESTING} levels are not read`);
      return;
    }
    if (!nested.inner) {
      const inner = nested.template["resources"];
      if (Array.isArray(inner))
        inner.forEach((r, i) => {
          if (isValueMap(r)) emit({ def: r, path: `${path}.resources.${i}` });
        });
      return;
    }
    const props = isValueMap(attrs["properties"]) ? attrs["properties"] : {};
    const passed = isValueMap(props["parameters"]) ? props["parameters"] : {};
    const params: Record<string, Value> = {};
    for (const [k, v] of Object.entries(passed))
      if (isValueMap(v) && v["value"] !== undefined) params[k] = v["value"]!;
      else if (isValueMap(v) && v["reference"] !== undefined)
        params[k] = new Unknown(`parameters('${k}') from Key Vault`);
    const spans = new Map<string, LineSpan>();
    for (const [k, s] of parsed.spans) {
      if (k === path) spans.set("", s);
      else if (k.startsWith(`${path}.`)) spans.set(k.slice(path.length + 1), s);
    }
    const sub = evaluateTemplate(
      { value: nested.template as ParsedDoc["value"], spans },
      file,
      params,
      `${module ? `${module}.` : ""}deployment.${nameKey(name)}`,
      nesting + 1,
    );
    records.push(...sub.records);
    errors.push(...sub.errors);
  };

  top.forEach(emit);
  return { records, errors };
}

interface NestedTemplate {
  template: ValueMap;
  inner: boolean;
}

/** The inline template of a `Microsoft.Resources/deployments` resource (not a `templateLink`). */
function nestedTemplate(def: ValueMap): NestedTemplate | undefined {
  const props = isValueMap(def["properties"]) ? def["properties"] : undefined;
  const template = props && isValueMap(props["template"]) ? props["template"] : undefined;
  if (!template) return undefined;
  const opts = props!["expressionEvaluationOptions"];
  const scope = isValueMap(opts) && typeof opts["scope"] === "string" ? opts["scope"].toLowerCase() : "outer";
  return { template, inner: scope === "inner" };
}

/** `Microsoft.Sql/servers/firewallRules` + [`srv/rule`] → `Microsoft.Sql/servers/firewallRules/srv/rule`. */
export function addressOf(type: string, names: Value[]): string {
  return `${type}/${names.map(nameKey).join("/")}`;
}

function nameKey(v: Value): string {
  if (typeof v === "string") return v;
  if (isUnknown(v)) return `[${v.reason}]`;
  return JSON.stringify(v);
}

function joinNames(parent: Value, child: Value): Value {
  if (typeof parent === "string" && typeof child === "string") return `${parent}/${child}`;
  return new Unknown(`${nameKey(parent)}/${nameKey(child)}`);
}

/** `Microsoft.Storage/storageAccounts`, as opposed to a nested child's relative `blobServices/containers`. */
function isQualified(type: string): boolean {
  return /^[A-Za-z0-9]+\.[A-Za-z0-9.]+\//.test(type);
}

/** `…/storageAccounts/blobServices/containers` named `sa/default/logs` → the account's and the blob service's addresses. */
function ancestorsFromName(type: string, name: Value): string[] {
  if (typeof name !== "string") return [];
  const typeParts = type.split("/");
  const nameParts = name.split("/");
  const out: string[] = [];
  for (let j = 1; j < nameParts.length && j + 1 < typeParts.length; j++)
    out.push(addressOf(typeParts.slice(0, j + 1).join("/"), [nameParts.slice(0, j).join("/")]));
  return out;
}

/** `dependsOn` entries that name an enclosing type: how a child with a computed name finds its parent. */
function ancestorsFromDeps(type: string, deps: Value | undefined): string[] {
  if (!Array.isArray(deps)) return [];
  const typeParts = type.split("/");
  const ancestorTypes = typeParts.slice(2).map((_, i) =>
    typeParts
      .slice(0, i + 2)
      .join("/")
      .toLowerCase(),
  );
  return deps.flatMap((d) =>
    isUnknown(d)
      ? d.refs.filter((r) =>
          ancestorTypes.some(
            (t) =>
              (r.toLowerCase().startsWith(`${t}/`) && !r.slice(t.length + 1).includes("/")) ||
              r.toLowerCase().startsWith(`${t}/[`),
          ),
        )
      : [],
  );
}

function fieldSpans(spans: Map<string, LineSpan>, prefix: string, file: string): Record<string, Span> {
  const out: Record<string, Span> = {};
  for (const [path, s] of spans)
    if (path.startsWith(prefix))
      out[path.slice(prefix.length)] = { file, start_line: s.start, end_line: s.end };
  return out;
}

/** `"metadata": {"parapet": {"ignore": ["rule-id", {"id": "rule-id", "reason": "…"}]}}` on a resource. */
function suppressions(metadata: Value | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const p = isValueMap(metadata) ? metadata["parapet"] : undefined;
  const list = isValueMap(p) ? p["ignore"] : undefined;
  for (const item of Array.isArray(list) ? list : []) {
    if (typeof item === "string") out[item] = "";
    else if (isValueMap(item) && typeof item["id"] === "string")
      out[item["id"]] = typeof item["reason"] === "string" ? item["reason"] : "";
  }
  return out;
}
