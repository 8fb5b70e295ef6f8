/**
 * When a misconfiguration was introduced, for MTTD: for IaC, the latest commit time of the lines
 * the finding points at (`git blame`); for live resources, the change time the cloud reports in
 * the resource's metadata. Unknown (absent) when neither is available — uncommitted lines
 * included — so that MTTD averages only what is known.
 */
import { execFile } from "node:child_process";
import { dirname, resolve } from "node:path";
import { promisify } from "node:util";
import type { Finding } from "../engine/report-model.ts";
import type { Resource } from "../model/resource.ts";

const run = promisify(execFile);

const CHANGE_TIME_KEYS = ["last_modified", "modified_at", "updated_at", "changed_at", "last_changed"];

/** line (1-based) → committer time (ms), for one file; empty when git cannot say. */
async function blame(file: string): Promise<Map<number, number>> {
  const lines = new Map<number, number>();
  try {
    const { stdout } = await run("git", ["blame", "--line-porcelain", "--", file], {
      cwd: dirname(file),
      maxBuffer: 64 * 1024 * 1024,
      timeout: 30_000,
    });
    let line = 0;
    let uncommitted = false;
    for (const text of stdout.split("\n")) {
      const header = /^([0-9a-f]{40}) \d+ (\d+)/.exec(text);
      if (header) {
        line = Number(header[2]);
        uncommitted = /^0+$/.test(header[1]!);
      } else if (text.startsWith("committer-time ") && !uncommitted) {
        lines.set(line, Number(text.slice(15)) * 1000);
      }
    }
  } catch {
    // Not a git work tree, git missing, file untracked: the introduction time stays unknown.
  }
  return lines;
}

export async function introductionTimes(
  findings: readonly Finding[],
  resources: ReadonlyMap<string, Resource>,
  cwd: string,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.location) {
      const list = byFile.get(f.location.file) ?? [];
      list.push(f);
      byFile.set(f.location.file, list);
      continue;
    }
    const meta = resources.get(f.resource.uid)?.metadata ?? {};
    for (const key of CHANGE_TIME_KEYS) {
      const v = meta[key];
      if (typeof v === "string" && !Number.isNaN(Date.parse(v))) {
        out.set(f.id, new Date(v).toISOString());
        break;
      }
    }
  }
  for (const [file, list] of byFile) {
    const times = await blame(resolve(cwd, file));
    for (const f of list) {
      let latest: number | undefined;
      for (let l = f.location!.start_line; l <= f.location!.end_line; l++) {
        const t = times.get(l);
        if (t === undefined) {
          // One uncommitted or unknown line makes the whole change's time unknown.
          latest = undefined;
          break;
        }
        latest = Math.max(latest ?? 0, t);
      }
      if (latest !== undefined) out.set(f.id, new Date(latest).toISOString());
    }
  }
  return out;
}
