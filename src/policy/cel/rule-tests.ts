/**
 * The tests of custom CEL rules, written beside them in YAML (`*_test.yaml` / `*.test.yaml`):
 *
 *   config: ../.cspm-pipeline.yml      # the gate file whose rules are tested (relative to this file)
 *   cases:
 *     - rule: HELIOS-001
 *       name: a database without a customer-managed key
 *       expect: fail                   # fail | pass | unknown
 *       terraform: |
 *         resource "aws_db_instance" "x" { storage_encrypted = true }
 *
 * Each case's source is scanned through the real pipeline with the rule alone; the case holds
 * when the rule's results on it match `expect` (fail: some resource fails; pass: some passes
 * and none fails; unknown: some is unknown and none fails).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { scanTargets } from "../../engine/scan.ts";
import { ConfigError, loadConfig } from "../../config/load.ts";
import { compileCustomRule } from "./custom-rule.ts";

const CaseSchema = z.strictObject({
  rule: z.string(),
  name: z.string(),
  expect: z.enum(["fail", "pass", "unknown"]),
  terraform: z.string(),
});
const FileSchema = z.strictObject({ config: z.string(), cases: z.array(CaseSchema).min(1) });

export interface CaseOutcome {
  file: string;
  line: number;
  rule: string;
  name: string;
  ok: boolean;
  detail: string;
}

export async function runRuleTests(file: string, cwd: string, shown: string): Promise<CaseOutcome[]> {
  const text = readFileSync(file, "utf8");
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      `${shown}:${lines.linePos(doc.errors[0]!.pos[0]).line}: ${doc.errors[0]!.message.split("\n")[0]}`,
    );
  }
  const parsed = FileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    const node = doc.getIn(
      i.path.filter((p): p is string | number => typeof p !== "symbol"),
      true,
    ) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    throw new ConfigError(`${shown}:${line}: ${i.path.join(".")}: ${i.message}`);
  }
  const config = loadConfig(resolve(dirname(file), parsed.data.config), cwd);
  const rules = new Map(config.customRules.map((r) => [r.id, r]));
  const out: CaseOutcome[] = [];
  for (const [i, c] of parsed.data.cases.entries()) {
    const node = doc.getIn(["cases", i], true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    const spec = rules.get(c.rule);
    if (!spec) {
      out.push({
        file: shown,
        line,
        rule: c.rule,
        name: c.name,
        ok: false,
        detail: `no custom rule ${c.rule} in ${config.file}`,
      });
      continue;
    }
    const rule = compileCustomRule(spec);
    const dir = mkdtempSync(join(tmpdir(), "parapet-case-"));
    try {
      writeFileSync(join(dir, "main.tf"), c.terraform);
      const scan = await scanTargets({ targets: [dir], cwd: dir, rules: [rule] });
      const results = scan.results.filter((r) => r.rule === rule && !(r.status === "skip" && !r.unknown));
      const fails = results.filter((r) => r.status === "fail").length;
      const passes = results.filter((r) => r.status === "pass").length;
      const unknowns = results.filter((r) => r.unknown).length;
      const errors = [
        ...results.filter((r) => r.status === "error").map((r) => r.reason ?? ""),
        ...scan.report.errors.map((e) => e.message),
      ];
      const ok =
        errors.length === 0 &&
        (c.expect === "fail"
          ? fails > 0
          : c.expect === "pass"
            ? passes > 0 && fails === 0
            : unknowns > 0 && fails === 0);
      const detail =
        errors.length > 0
          ? `error: ${errors.join("; ")}`
          : `expected ${c.expect}, got ${fails} fail, ${passes} pass, ${unknowns} unknown`;
      out.push({ file: shown, line, rule: c.rule, name: c.name, ok, detail });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}
