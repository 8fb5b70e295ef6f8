/**
 * Evaluating a template's intrinsic functions, parameters, mappings, conditions and pseudo
 * parameters. What only the deployment knows (a resource's physical id or attribute, an import,
 * the account id unless given) becomes `Unknown`, carrying the logical ids it references so that
 * normalizers can join a bucket policy to its bucket the way Terraform blocks are joined.
 */
import { isUnknown, Unknown, type Value, type ValueMap } from "../../model/value.ts";
import type { Tpl } from "./parse.ts";

/** The marker `AWS::NoValue` evaluates to: the property or list element is removed. */
export const NO_VALUE = Symbol("AWS::NoValue");
type Out = Value | typeof NO_VALUE;

export class TemplateContext {
  private readonly params = new Map<string, Value>();
  private readonly conditionDefs: Record<string, Tpl>;
  private readonly conditionMemo = new Map<string, Value>();
  private readonly conditionBusy = new Set<string>();
  private readonly mappings: Record<string, Tpl>;
  private readonly resourceIds: Set<string>;
  /** Problems found while evaluating, reported once each by the loader. */
  readonly problems: string[] = [];

  constructor(template: Record<string, Tpl>, overrides: Record<string, string>, resourceIds: Set<string>) {
    this.conditionDefs = asRecord(template["Conditions"]);
    this.mappings = asRecord(template["Mappings"]);
    this.resourceIds = resourceIds;
    for (const [name, def] of Object.entries(asRecord(template["Parameters"]))) {
      const d = asRecord(def);
      const type = typeof d["Type"] === "string" ? d["Type"] : "String";
      const given = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
      const raw = given ?? d["Default"];
      this.params.set(name, parameterValue(name, type, raw));
    }
    const region = overrides["AWS::Region"];
    const account = overrides["AWS::AccountId"];
    const stack = overrides["AWS::StackName"];
    const partition = region?.startsWith("cn-")
      ? "aws-cn"
      : region?.startsWith("us-gov-")
        ? "aws-us-gov"
        : "aws";
    this.params.set("AWS::Region", region ?? new Unknown("AWS::Region is decided at deployment"));
    this.params.set("AWS::AccountId", account ?? new Unknown("AWS::AccountId is decided at deployment"));
    this.params.set("AWS::StackName", stack ?? new Unknown("AWS::StackName is decided at deployment"));
    this.params.set("AWS::StackId", new Unknown("AWS::StackId is decided at deployment"));
    this.params.set("AWS::NotificationARNs", new Unknown("AWS::NotificationARNs is decided at deployment"));
    this.params.set("AWS::Partition", overrides["AWS::Partition"] ?? partition);
    this.params.set("AWS::URLSuffix", partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com");
  }

  /** The region when given (`--parameter AWS::Region=…`). */
  region(): string | undefined {
    const r = this.params.get("AWS::Region");
    return typeof r === "string" ? r : undefined;
  }

  /** Whether a named condition holds: true, false or Unknown. */
  condition(name: string): Value {
    const memo = this.conditionMemo.get(name);
    if (memo !== undefined) return memo;
    if (!Object.hasOwn(this.conditionDefs, name)) {
      this.problems.push(`condition "${name}" is not defined`);
      return new Unknown(`condition "${name}" is not defined`);
    }
    if (this.conditionBusy.has(name)) return new Unknown(`condition "${name}" depends on itself`);
    this.conditionBusy.add(name);
    const v = this.eval(this.conditionDefs[name]!, 0);
    this.conditionBusy.delete(name);
    const out: Value = v === NO_VALUE ? new Unknown(`condition "${name}" has no value`) : truth(v);
    this.conditionMemo.set(name, out);
    return out;
  }

  /** Evaluates a template value; `undefined` when it is `AWS::NoValue`. */
  value(t: Tpl): Value | undefined {
    const v = this.eval(t, 0);
    return v === NO_VALUE ? undefined : v;
  }

  private eval(t: Tpl, depth: number): Out {
    if (depth > 64) return new Unknown("intrinsic functions nested too deeply");
    if (Array.isArray(t)) {
      const out: Value[] = [];
      for (const x of t) {
        const v = this.eval(x, depth + 1);
        if (v !== NO_VALUE) out.push(v);
      }
      return out;
    }
    if (t === null || typeof t !== "object") return t;
    const keys = Object.keys(t);
    if (keys.length === 1) {
      const k = keys[0]!;
      if (k === "Ref" || k === "Condition" || k.startsWith("Fn::")) return this.call(k, t[k]!, depth);
    }
    const out: ValueMap = {};
    for (const k of keys) {
      const v = this.eval(t[k]!, depth + 1);
      if (v !== NO_VALUE) out[k] = v;
    }
    return out;
  }

  private call(fn: string, arg: Tpl, depth: number): Out {
    const ev = (x: Tpl): Out => this.eval(x, depth + 1);
    const args = Array.isArray(arg) ? arg : [arg];
    switch (fn) {
      case "Ref":
        return this.ref(arg);
      case "Condition":
        return typeof arg === "string" ? this.condition(arg) : new Unknown("Condition needs a name");
      case "Fn::GetAtt": {
        const parts = typeof arg === "string" ? arg.split(".") : args;
        const id = typeof parts[0] === "string" ? parts[0] : "";
        return new Unknown(
          `Fn::GetAtt ${parts.map((p) => String(p)).join(".")} is known after deployment`,
          id ? [id] : [],
        );
      }
      case "Fn::Sub":
        return this.sub(args[0] ?? "", Array.isArray(arg) ? asRecord(args[1]) : {}, depth);
      case "Fn::Join": {
        const delim = ev(args[0] ?? "");
        const list = ev(args[1] ?? []);
        const bad = firstUnknown([delim, list], list);
        if (bad) return bad;
        if (typeof delim !== "string" || !Array.isArray(list))
          return new Unknown("Fn::Join needs a delimiter and a list");
        return list
          .map((x) =>
            typeof x === "string" || typeof x === "number" || typeof x === "boolean" ? String(x) : "",
          )
          .join(delim);
      }
      case "Fn::Select": {
        const i = ev(args[0] ?? 0);
        const list = ev(args[1] ?? []);
        if (isUnknown(i)) return i;
        if (isUnknown(list)) return list;
        if (!Array.isArray(list)) return new Unknown("Fn::Select needs a list");
        const v = list[Number(i)];
        return v === undefined ? new Unknown(`Fn::Select index ${String(i)} is out of range`) : v;
      }
      case "Fn::Split": {
        const delim = ev(args[0] ?? "");
        const s = ev(args[1] ?? "");
        if (isUnknown(s)) return new Unknown(s.reason, s.refs);
        if (typeof delim !== "string" || typeof s !== "string") return new Unknown("Fn::Split needs strings");
        return s.split(delim);
      }
      case "Fn::FindInMap":
        return this.findInMap(args, depth);
      case "Fn::If": {
        const cond =
          typeof args[0] === "string"
            ? this.condition(args[0])
            : new Unknown("Fn::If needs a condition name");
        if (cond === true) return ev(args[1] ?? null);
        if (cond === false) return ev(args[2] ?? null);
        const a = ev(args[1] ?? null);
        const b = ev(args[2] ?? null);
        // Both branches alike: the condition does not matter.
        if (
          a !== NO_VALUE &&
          b !== NO_VALUE &&
          JSON.stringify(a) === JSON.stringify(b) &&
          !containsUnknownValue(a)
        )
          return a;
        return new Unknown(`Fn::If on an undecided condition`, [
          ...refsOf(a),
          ...refsOf(b),
          ...(isUnknown(cond) ? cond.refs : []),
        ]);
      }
      case "Fn::Equals": {
        const a = ev(args[0] ?? null);
        const b = ev(args[1] ?? null);
        if (isUnknown(a)) return a;
        if (isUnknown(b)) return b;
        if (a === NO_VALUE || b === NO_VALUE) return a === b;
        return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
      }
      case "Fn::And":
      case "Fn::Or": {
        const vs = args.map((x) => truth(ev(x)));
        const decisive = fn === "Fn::And" ? false : true;
        if (vs.includes(decisive)) return decisive;
        return vs.find(isUnknown) ?? !decisive;
      }
      case "Fn::Not": {
        const v = truth(ev(args[0] ?? null));
        return isUnknown(v) ? v : !v;
      }
      case "Fn::Base64": {
        // Kept decoded: rules that read user data need the script, not its encoding.
        return ev(arg);
      }
      case "Fn::Length": {
        const v = ev(arg);
        return Array.isArray(v) ? v.length : new Unknown("Fn::Length of a value not known");
      }
      case "Fn::ToJsonString": {
        const v = ev(arg);
        return v !== NO_VALUE && !containsUnknownValue(v)
          ? JSON.stringify(v)
          : new Unknown("Fn::ToJsonString of unknown parts", refsOf(v));
      }
      case "Fn::GetAZs":
        return new Unknown("Fn::GetAZs is decided at deployment");
      case "Fn::ImportValue":
        return new Unknown("Fn::ImportValue reads another stack's export at deployment");
      case "Fn::Cidr":
        return new Unknown("Fn::Cidr is not evaluated");
      case "Fn::Transform":
        return new Unknown("Fn::Transform runs a macro at deployment");
      default:
        return new Unknown(`${fn} is not supported`);
    }
  }

  private ref(arg: Tpl): Out {
    if (typeof arg !== "string") return new Unknown("Ref needs a name");
    if (arg === "AWS::NoValue") return NO_VALUE;
    if (this.params.has(arg)) return this.params.get(arg)!;
    if (this.resourceIds.has(arg)) return new Unknown(`Ref ${arg} is known after deployment`, [arg]);
    this.problems.push(`Ref to "${arg}", which is neither a parameter nor a resource`);
    return new Unknown(`Ref ${arg} names nothing in this template`);
  }

  private sub(template: Tpl, vars: Record<string, Tpl>, depth: number): Out {
    if (typeof template !== "string") return new Unknown("Fn::Sub needs a string");
    const refs: string[] = [];
    let unknownPart: Unknown | undefined;
    const out = template.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
      if (name.startsWith("!")) return "${" + name.slice(1) + "}";
      let v: Out;
      if (Object.hasOwn(vars, name)) v = this.eval(vars[name]!, depth + 1);
      else if (this.params.has(name)) v = this.params.get(name)!;
      else {
        const dot = name.indexOf(".");
        const id = dot < 0 ? name : name.slice(0, dot);
        if (this.resourceIds.has(id)) v = new Unknown(`\${${name}} is known after deployment`, [id]);
        else {
          this.problems.push(`Fn::Sub names "${name}", which is neither a parameter nor a resource`);
          v = new Unknown(`\${${name}} names nothing in this template`);
        }
      }
      if (isUnknown(v)) {
        unknownPart ??= v;
        refs.push(...v.refs);
        return whole;
      }
      return v === NO_VALUE || v === null || typeof v === "object" ? "" : String(v);
    });
    return unknownPart
      ? new Unknown(`Fn::Sub "${template.slice(0, 60)}" has parts known after deployment`, refs)
      : out;
  }

  private findInMap(args: Tpl[], depth: number): Out {
    const [m, top, second] = args.slice(0, 3).map((x) => this.eval(x, depth + 1));
    for (const v of [m, top, second]) if (isUnknown(v)) return v;
    const fallback = asRecord(args[3])["DefaultValue"];
    const found = asRecord(asRecord(this.mappings[String(m)])[String(top)])[String(second)];
    if (found !== undefined) return this.eval(found, depth + 1);
    if (fallback !== undefined) return this.eval(fallback, depth + 1);
    this.problems.push(`Fn::FindInMap ${String(m)}.${String(top)}.${String(second)} is not in Mappings`);
    return new Unknown(`Fn::FindInMap ${String(m)}.${String(top)}.${String(second)} is not in Mappings`);
  }
}

function parameterValue(name: string, type: string, raw: Tpl | undefined): Value {
  if (type.startsWith("AWS::SSM::Parameter::Value"))
    return new Unknown(`parameter ${name} is read from SSM at deployment`);
  if (raw === undefined || raw === null) return new Unknown(`parameter ${name} has no value`);
  if (type === "CommaDelimitedList" || type.startsWith("List<")) {
    if (Array.isArray(raw)) return raw.map((x) => String(x));
    return String(raw)
      .split(",")
      .map((s) => s.trim());
  }
  if (type === "Number" && raw !== "" && !Number.isNaN(Number(raw))) return Number(raw);
  return typeof raw === "object" ? JSON.stringify(raw) : String(raw);
}

export function asRecord(t: Tpl | undefined): Record<string, Tpl> {
  return t !== null && typeof t === "object" && !Array.isArray(t) ? t : {};
}

function truth(v: Out): Value {
  if (v === NO_VALUE) return new Unknown("a condition evaluated to no value");
  if (isUnknown(v) || typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return new Unknown("a condition is not a boolean");
}

/** Equals compares as CloudFormation does: numbers and their strings alike. */
function canon(v: Value): Value {
  return typeof v === "number" || typeof v === "boolean" ? String(v) : v;
}

function firstUnknown(vs: Out[], list: Out): Unknown | undefined {
  for (const v of vs) if (isUnknown(v)) return v;
  if (Array.isArray(list)) {
    const u = list.filter(isUnknown);
    if (u.length)
      return new Unknown(
        u[0]!.reason,
        u.flatMap((x) => [...x.refs]),
      );
  }
  return undefined;
}

function refsOf(v: Out, depth = 0): string[] {
  if (v === NO_VALUE || depth > 32) return [];
  if (isUnknown(v)) return [...v.refs];
  if (Array.isArray(v)) return v.flatMap((x) => refsOf(x, depth + 1));
  if (v !== null && typeof v === "object") return Object.values(v).flatMap((x) => refsOf(x, depth + 1));
  return [];
}

function containsUnknownValue(v: Out, depth = 0): boolean {
  if (v === NO_VALUE || depth > 32) return false;
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some((x) => containsUnknownValue(x, depth + 1));
  if (v !== null && typeof v === "object")
    return Object.values(v).some((x) => containsUnknownValue(x, depth + 1));
  return false;
}
