/**
 * Rego policies as rules of the engine. OPA evaluates every `deny`, `violation` and `warn`
 * rule of the policies' packages over `{"resources": [...]}`: the resource model as JSON, an
 * unknown value written `{"$unknown": "<reason>"}` (an object, so neither `not x` nor
 * `x == false` fires on it). Each message becomes a finding under the rule id
 * `<package>.<rule>` (`cspm.storage.deny`):
 *
 * - a message is attributed to a resource when evaluating the policy on that resource alone
 *   produces it; a message that is an object `{"msg", "resource": <uid>, "severity"?}` names
 *   its resource itself (for policies that look across resources);
 * - severity: the object's `severity`, else a `Severity: <LEVEL>` phrase in the message (as
 *   the guide writes it), else `low` for `warn` and `medium` for `deny`/`violation`.
 *
 * The guide's policies are written in Rego v0 syntax with wrapped string literals: see
 * compile.ts for how such policies are compiled as written.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Provider, Resource } from "../../model/resource.ts";
import type { CheckResult, Rule, Severity } from "../../rules/rule.ts";
import { SEVERITIES } from "../../rules/rule.ts";
import type { ResourceGraph } from "../../engine/graph.ts";
import { OpaError, runOpa } from "./opa.ts";
import { compilePolicies } from "./compile.ts";

const PROVIDERS: Provider[] = ["aws", "azure", "gcp", "kubernetes"];
export const DECISION_RULES = ["deny", "violation", "warn"] as const;

export interface RegoPolicySet {
  opa: string;
  /** Policy files (tests excluded) as OPA reads them: the user's, or compiled copies (compile.ts). */
  files: string[];
  /** `--v0-compatible` when the files are written in Rego v0. */
  modeArgs: string[];
  /** `package.rule` of each decision rule found. */
  decisions: string[];
}

/** Every `.rego` file under the paths, tests (`*_test.rego`) apart. */
export function regoFiles(paths: readonly string[], tests = false): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) if (!e.startsWith(".")) walk(join(p, e));
    } else if (p.endsWith(".rego") && p.endsWith("_test.rego") === tests) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

/** Compiles the policies once (`opa check`), choosing the Rego syntax version, and lists their decisions. */
export function loadRegoPolicies(opa: string, paths: readonly string[]): RegoPolicySet {
  const files = regoFiles(paths);
  if (files.length === 0) throw new OpaError(`no .rego policies in ${paths.join(", ")}`);
  const compiled = compilePolicies(opa, files);
  const decisions = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    const pkg = /^\s*package\s+([\w.]+)/m.exec(text)?.[1];
    if (!pkg) continue;
    for (const rule of DECISION_RULES) {
      if (new RegExp(`^\\s*${rule}\\s*(\\[|contains\\b|\\{|if\\b)`, "m").test(text))
        decisions.add(`${pkg}.${rule}`);
    }
  }
  return { opa, files: compiled.files, modeArgs: compiled.modeArgs, decisions: [...decisions].sort() };
}

interface Message {
  text: string;
  severity: Severity;
}

interface Evaluation {
  byResource: Map<string, Map<string, Message[]>>;
  /** Messages no single resource produced and that name none: reported as scan errors. */
  unattributed: string[];
}

/** One rule object per decision and severity, so that each finding carries its message's severity. */
export function regoRules(set: RegoPolicySet, diagnostics: string[]): Rule[] {
  const evaluations = new WeakMap<ResourceGraph, Evaluation | Error>();
  const evaluationFor = (graph: ResourceGraph): Evaluation | Error => {
    let e = evaluations.get(graph);
    if (!e) {
      try {
        e = evaluate(set, graph.all());
        diagnostics.push(...e.unattributed);
      } catch (err) {
        e = err as Error;
        diagnostics.push(`Rego policies: ${e.message}`);
      }
      evaluations.set(graph, e);
    }
    return e;
  };
  return set.decisions.flatMap((decision) =>
    SEVERITIES.map((severity): Rule => ({
      id: decision,
      title: `Rego policy ${decision}`,
      severity,
      category: "data_protection",
      providers: PROVIDERS,
      resource_types: ["*"],
      rationale: `Custom Rego policy ${decision}`,
      remediation: { text: "See the policy message.", code: {} },
      auto_remediable: false,
      references: set.files,
      check(resource: Resource, ctx): CheckResult {
        const ev = evaluationFor(ctx.graph);
        if (ev instanceof Error)
          return { status: "skip", reason: `Rego policies did not run: ${ev.message}` };
        const msgs = ev.byResource.get(resource.uid)?.get(decision) ?? [];
        if (msgs.length === 0) return { status: "skip", reason: "no message for this resource" };
        // All of one resource's messages go in one finding, at the most severe message's level.
        const top = msgs.reduce(
          (a, m) => (SEVERITIES.indexOf(m.severity) < SEVERITIES.indexOf(a) ? m.severity : a),
          "info" as Severity,
        );
        if (top !== severity) return { status: "skip", reason: "reported at another severity" };
        return { status: "fail", failures: msgs.map((m) => ({ message: m.text })) };
      },
    })),
  );
}

/** The JSON handed to policies: the model without source positions (large, and for locating findings only). */
export function policyInput(resources: readonly Resource[]): string {
  return JSON.stringify({ resources: resources.map(({ positions: _p, ...rest }) => rest) });
}

function evaluate(set: RegoPolicySet, resources: readonly Resource[]): Evaluation {
  const dir = mkdtempSync(join(tmpdir(), "parapet-rego-"));
  try {
    const inputFile = join(dir, "input.json");
    writeFileSync(inputFile, policyInput(resources));
    const query = set.decisions
      .map((d, k) => {
        const ref = `data${d
          .split(".")
          .map((p) => `[${JSON.stringify(p)}]`)
          .join("")}`;
        return (
          `full${k} := [m | m := ${ref}[_]]; ` +
          `each${k} := [[i, ms] | r := input.resources[i]; ms := [m | m := ${ref}[_]] with input as {"resources": [r]}]`
        );
      })
      .join("; ");
    const out = runOpa(set.opa, [
      "eval",
      "-f",
      "json",
      ...set.modeArgs,
      ...set.files.flatMap((f) => ["-d", f]),
      "-i",
      inputFile,
      query,
    ]);
    const doc = JSON.parse(out) as { result?: { bindings: Record<string, unknown> }[] };
    const bindings = doc.result?.[0]?.bindings ?? {};
    const byResource = new Map<string, Map<string, Message[]>>();
    const add = (uid: string, decision: string, m: Message) => {
      const perRule = byResource.get(uid) ?? new Map<string, Message[]>();
      byResource.set(uid, perRule);
      const list = perRule.get(decision) ?? [];
      if (!list.some((x) => x.text === m.text)) list.push(m);
      perRule.set(decision, list);
    };
    const unattributed: string[] = [];
    set.decisions.forEach((decision, k) => {
      const rule = decision.split(".").pop()!;
      const attributed = new Set<string>();
      for (const [i, msgs] of (bindings[`each${k}`] ?? []) as [number, unknown[]][]) {
        const r = resources[i];
        if (!r) continue;
        for (const raw of msgs) {
          const m = message(raw, rule);
          attributed.add(m.text);
          add(r.uid, decision, m);
        }
      }
      for (const raw of (bindings[`full${k}`] ?? []) as unknown[]) {
        const m = message(raw, rule);
        const uid =
          typeof raw === "object" && raw !== null ? (raw as { resource?: unknown }).resource : undefined;
        if (typeof uid === "string" && resources.some((r) => r.uid === uid)) add(uid, decision, m);
        else if (!attributed.has(m.text))
          unattributed.push(
            `${decision}: message not tied to one resource (return {"msg", "resource": uid}): ${m.text}`,
          );
      }
    });
    return { byResource, unattributed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function message(raw: unknown, rule: string): Message {
  const fallback: Severity = rule === "warn" ? "low" : "medium";
  if (typeof raw === "object" && raw !== null) {
    const o = raw as { msg?: unknown; message?: unknown; severity?: unknown };
    const text =
      typeof o.msg === "string" ? o.msg : typeof o.message === "string" ? o.message : JSON.stringify(raw);
    const sev = typeof o.severity === "string" ? o.severity.toLowerCase() : "";
    return {
      text,
      severity: (SEVERITIES as readonly string[]).includes(sev)
        ? (sev as Severity)
        : severityIn(text, fallback),
    };
  }
  const text = typeof raw === "string" ? raw : JSON.stringify(raw);
  return { text, severity: severityIn(text, fallback) };
}

function severityIn(text: string, fallback: Severity): Severity {
  const m = /\bseverity:\s*(critical|high|medium|low|info)\b/i.exec(text);
  return m ? (m[1]!.toLowerCase() as Severity) : fallback;
}
