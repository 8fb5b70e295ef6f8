/**
 * Scanning one KICS sample alone, through the normal scan pipeline. Each sample is copied to a
 * scratch folder of its own (with the files samples read, such as certificates) so that nothing
 * leaks between samples: KICS samples of one query reuse resource and variable names, and the
 * Terraform loader reads every `.tf` file beside a target.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scanTargets } from "../../src/engine/scan.ts";
import type { Rule } from "../../src/rules/rule.ts";

/** Inclusive 1-based lines of the sample file. */
export interface LineSpan {
  start: number;
  end: number;
}

/** A normalized resource of the sample: the lines of its block and of the blocks joined into it. */
export interface Block {
  uid: string;
  type: string;
  native_type: string;
  spans: LineSpan[];
}

/** One rule's result on one resource of the sample. */
export interface Verdict {
  rule: string;
  uid: string;
  status: "pass" | "fail" | "error" | "skip";
  reason?: string;
  unknown?: boolean;
  /** Where a failure was reported, when it is in the sample. */
  location?: LineSpan;
}

export interface SampleScan {
  file: string;
  /** False when no loader read the file (an unsupported format). */
  read: boolean;
  resources: Block[];
  verdicts: Verdict[];
  /** Load, normalize and rule errors, and why the file was skipped. */
  errors: string[];
}

export async function scanSample(
  testDir: string,
  sample: string,
  support: readonly string[],
  rules: Rule[],
): Promise<SampleScan> {
  const dir = mkdtempSync(join(tmpdir(), "parapet-kics-"));
  try {
    for (const f of [sample, ...support]) copyFileSync(join(testDir, f), join(dir, f));
    const outcome = await scanTargets({ targets: [sample], cwd: dir, rules });
    const inSample = (s: { file?: string; start_line?: number; end_line?: number }): LineSpan | undefined =>
      s.file === sample && s.start_line !== undefined
        ? { start: s.start_line, end: s.end_line ?? s.start_line }
        : undefined;
    const resources: Block[] = outcome.resources.map((r) => ({
      uid: r.uid,
      type: r.type,
      native_type: r.native_type,
      spans: [
        inSample(r.source),
        ...(r.parts ?? []).map((p) => (p.span ? inSample(p.span) : undefined)),
      ].filter((s): s is LineSpan => s !== undefined),
    }));
    const located = new Map<string, LineSpan>();
    for (const f of outcome.report.findings) {
      const at = f.location ? inSample(f.location) : undefined;
      if (at) located.set(`${f.rule_id}\u0000${f.resource.uid}`, at);
    }
    const verdicts: Verdict[] = outcome.results.map((r) => {
      const v: Verdict = { rule: r.rule.id, uid: r.resource.uid, status: r.status };
      if (r.reason !== undefined) v.reason = r.reason;
      if (r.unknown) v.unknown = true;
      const at = located.get(`${r.rule.id}\u0000${r.resource.uid}`);
      if (r.status === "fail" && at) v.location = at;
      return v;
    });
    const errors = [
      ...outcome.report.errors.map(
        (e) => `${e.source}: ${e.line !== undefined ? `line ${e.line}: ` : ""}${e.message}`,
      ),
      ...(outcome.report.skipped ?? []).map((s) => `skipped: ${s.reason}`),
    ];
    const read = Object.values(outcome.report.summary.files).some((n) => n > 0);
    return { file: sample, read, resources, verdicts, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
