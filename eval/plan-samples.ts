/**
 * Scans every Terraform plan in ../shared/corpus/live-and-plan-samples/tfplan and prints a table:
 * resources and findings per plan, and errors (there should be none). Where a plan comes with the
 * `.tf` it was made from (same name, `.tf` beside `.json`), the HCL is scanned too and the two
 * sets of (rule, resource address) findings are compared: they should be equal.
 *
 *     node eval/plan-samples.ts
 *
 * Skips with a message when the corpus is absent (it is not part of the repository).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { scanTargets, type ScanOutcome } from "../src/engine/scan.ts";
import { builtinRules } from "../src/rules/index.ts";

const CORPUS = resolve(import.meta.dirname, "../../shared/corpus/live-and-plan-samples/tfplan");

function plans(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...plans(p));
    else if (e.name.endsWith(".json")) out.push(p);
  }
  return out.sort();
}

/** Scans one file alone (copied to a scratch directory, so that nothing beside it is read). */
async function scanAlone(file: string, as: string): Promise<ScanOutcome> {
  const dir = mkdtempSync(join(tmpdir(), "parapet-eval-"));
  try {
    copyFileSync(file, join(dir, as));
    return await scanTargets({ targets: ["."], cwd: dir, rules: builtinRules() });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const key = (o: ScanOutcome): Set<string> =>
  new Set(
    o.report.findings.map((f) => `${f.rule_id} ${f.resource.uid.slice(f.resource.uid.indexOf("#") + 1)}`),
  );

async function main(): Promise<void> {
  if (!existsSync(CORPUS) || !statSync(CORPUS).isDirectory()) {
    console.log(
      `skipped: ${relative(process.cwd(), CORPUS)} is not here (the corpus is not part of the repository)`,
    );
    return;
  }
  const rows: string[][] = [];
  let errors = 0;
  let paired = 0;
  let equal = 0;
  for (const file of plans(CORPUS)) {
    const plan = await scanAlone(file, "plan.json");
    errors += plan.report.errors.length;
    const tf = join(dirname(file), basename(file, ".json") + ".tf");
    let parity = "";
    if (existsSync(tf)) {
      paired++;
      const hcl = await scanAlone(tf, "main.tf");
      const a = key(plan);
      const b = key(hcl);
      const onlyPlan = [...a].filter((x) => !b.has(x));
      const onlyHcl = [...b].filter((x) => !a.has(x));
      if (onlyPlan.length === 0 && onlyHcl.length === 0) {
        equal++;
        parity = `same (${a.size})`;
      } else
        parity = `differs: plan-only ${onlyPlan.join("; ") || "-"} | hcl-only ${onlyHcl.join("; ") || "-"}`;
    }
    rows.push([
      relative(CORPUS, file),
      String(plan.report.summary.resources),
      String(plan.report.summary.findings),
      String(plan.report.errors.length),
      parity,
    ]);
  }
  console.log("| plan | resources | findings | errors | paired .tf parity |");
  console.log("|---|---:|---:|---:|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log(
    `\n${rows.length} plans, ${errors} errors; ${equal} of ${paired} paired plans give the same findings as their .tf`,
  );
}

await main();
