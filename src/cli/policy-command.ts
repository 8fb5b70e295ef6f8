/**
 * `parapet policy test [DIR]`: runs the tests of the custom policies in DIR — the CEL rules'
 * YAML cases (`*_test.yaml`, `*.test.yaml`) through the real pipeline, and the Rego policies'
 * own tests with `opa test`. Exit 1 when a test fails, 2 when they cannot run.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Command } from "commander";
import { UsageError } from "./args.ts";
import { ConfigError } from "../config/load.ts";
import { runRuleTests } from "../policy/cel/rule-tests.ts";
import { OPA_HELP, findOpa, runOpaStatus } from "../policy/rego/opa.ts";
import { compilePolicies } from "../policy/rego/compile.ts";
import { regoFiles } from "../policy/rego/rego-rules.ts";
import { inert } from "../report/text.ts";

export function registerPolicy(program: Command): void {
  program
    .command("policy")
    .description("custom policies: CEL rules of the gate file and Rego policies")
    .command("test")
    .description("run the policies' own tests: CEL rule cases in YAML, Rego tests with opa test")
    .argument("[dir]", "directory holding the policies and their tests", ".")
    .action(async (dir: string) => {
      process.exitCode = await testPolicies(dir);
    });
}

function yamlTests(dir: string): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    for (const e of readdirSync(p).sort()) {
      if (e.startsWith(".") || e === "node_modules") continue;
      const f = join(p, e);
      if (statSync(f).isDirectory()) walk(f);
      else if (/(_test|\.test)\.ya?ml$/.test(e)) out.push(f);
    }
  };
  walk(dir);
  return out;
}

async function testPolicies(dirArg: string): Promise<number> {
  const cwd = process.cwd();
  const dir = resolve(cwd, dirArg);
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
  } catch {
    throw new UsageError(`policy test: ${dirArg} is not a directory`);
  }
  let failed = 0;
  let ran = 0;
  for (const file of yamlTests(dir)) {
    let cases;
    try {
      cases = await runRuleTests(file, cwd, relative(cwd, file));
    } catch (e) {
      if (e instanceof ConfigError) throw new UsageError(e.message);
      throw e;
    }
    for (const c of cases) {
      ran++;
      if (!c.ok) failed++;
      process.stdout.write(
        `${c.ok ? "PASS" : "FAIL"} ${c.file}:${c.line} ${inert(c.rule)}: ${inert(c.name)}${c.ok ? "" : ` (${inert(c.detail, 500)})`}\n`,
      );
    }
  }
  const regoTests = regoFiles([dir], true);
  if (regoTests.length > 0) {
    const opa = findOpa();
    if (opa === undefined) {
      process.stderr.write(`parapet: ${regoTests.length} Rego test file(s) not run. ${OPA_HELP}\n`);
      return 2;
    }
    const files = [...regoFiles([dir]), ...regoTests];
    // Compiled as written where OPA accepts it, else in v0 mode or with wrapped literals joined.
    const compiled = compilePolicies(opa, files);
    const r = runOpaStatus(opa, ["test", "-v", ...compiled.modeArgs, ...compiled.files]);
    process.stdout.write(compiled.restore(r.output));
    const pass = (r.output.match(/^PASS: (\d+)\/(\d+)/m) ?? [])[1];
    const total = (r.output.match(/^(?:PASS|FAIL): \d+\/(\d+)/m) ?? [])[1];
    ran += Number(total ?? 0);
    if (r.status !== 0) failed += Math.max(1, Number(total ?? 0) - Number(pass ?? 0));
  }
  if (ran === 0) {
    process.stderr.write(
      `parapet: no policy tests in ${dirArg} (*_test.yaml for CEL rules, *_test.rego for Rego)\n`,
    );
    return 2;
  }
  process.stdout.write(`${ran - failed}/${ran} policy tests passed\n`);
  return failed > 0 ? 1 : 0;
}
