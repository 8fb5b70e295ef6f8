import { loadConfig } from "../src/config/load.ts";
import { compileCustomRule } from "../src/policy/cel/custom-rule.ts";
import { scanTargets } from "../src/engine/scan.ts";
const cfg = loadConfig("examples/gate/.cspm-pipeline.yml", "/work/main");
const rules = cfg.customRules.map(compileCustomRule);
const o = await scanTargets({ targets: ["examples/breach-scenarios"], cwd: "/work/main", rules });
for (const r of o.results) if (r.status !== "skip" || r.unknown) console.log(r.rule.id, r.resource.uid, r.status, r.reason ?? "", JSON.stringify(r.failures ?? ""));
for (const f of o.report.findings) console.log(f.rule_id, f.severity, JSON.stringify(f.location), f.message);
console.log(o.report.errors);
