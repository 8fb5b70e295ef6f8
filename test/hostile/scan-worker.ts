/** Runs one scan for the hostile-input harness and posts back the report and every rendered format. */
import { parentPort, workerData } from "node:worker_threads";
import { scanTargets } from "../../src/engine/scan.ts";
import { builtinRules } from "../../src/rules/index.ts";
import { writers } from "../../src/report/index.ts";

const { cwd, targets, formats } = workerData as { cwd: string; targets: string[]; formats: string[] };
const started = Date.now();
const rules = builtinRules();
const outcome = await scanTargets({ targets, cwd, rules });
const outputs: Record<string, string> = {};
for (const f of formats)
  outputs[f] = writers[f]!(outcome.report, { rules, color: true, cwd, results: outcome.results });
const records = JSON.stringify(outcome.resources.map((r) => [r.name, r.tags, r.raw]));
parentPort!.postMessage({ report: outcome.report, records, outputs, ms: Date.now() - started });
