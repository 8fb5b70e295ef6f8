import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scanTargets } from "/work/main/src/engine/scan.ts";
import { builtinRules } from "/work/main/src/rules/index.ts";
const rules = builtinRules();
const base = "/work/shared/corpus/kics/assets/queries/terraform/aws/";
const files = ["s3_bucket_logging_disabled/test/positive1.tf","alb_listening_on_http/test/positive1.tf","alb_listening_on_http/test/positive2.tf","cmk_rotation_disabled/test/positive1.tf"];
for (const f of files) {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "k-"));
  copyFileSync(base + f, join(dir, "positive1.tf"));
  const o = await scanTargets({ targets: ["."], cwd: dir, rules });
  rmSync(dir, { recursive: true });
  console.log(f, (performance.now() - t0).toFixed(0), "ms", o.report.findings.map(x => `${x.rule_id}@${x.location?.file}:${x.location?.start_line}-${x.location?.end_line}`), o.report.errors);
}
