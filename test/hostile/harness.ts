/**
 * Hostile-input harness: builds an attacker's repository in a temporary directory (big files are
 * sparse, never written out) and scans it in a worker thread that is terminated at a deadline, so
 * a hang fails the test instead of stalling the suite.
 */
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ScanReport } from "../../src/engine/report-model.ts";

/** A file's content, a symlink to create, or a sparse file of `size` bytes starting with `head`. */
export type Entry = string | Buffer | { symlink: string } | { sparse: number; head?: string };

export interface Tree {
  dir: string;
  remove(): void;
}

export function writeTree(files: Record<string, Entry>): Tree {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "parapet-hostile-")));
  for (const [name, entry] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof entry === "string" || Buffer.isBuffer(entry)) writeFileSync(path, entry);
    else if ("symlink" in entry) symlinkSync(entry.symlink, path);
    else {
      writeFileSync(path, entry.head ?? "");
      truncateSync(path, entry.sparse);
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Scanned {
  report: ScanReport;
  /** Every record's attributes, serialized: what a loader read, whether or not a rule reported it. */
  records: string;
  /** Each output format rendered from the report. */
  outputs: Record<string, string>;
  ms: number;
}

export const FORMATS = ["table", "json", "sarif", "junit", "ocsf", "csv", "markdown", "html"] as const;

/** Scans `targets` (relative to `cwd`) and renders every format; rejects when `deadlineMs` passes first. */
export function scanWithDeadline(cwd: string, targets: string[], deadlineMs: number): Promise<Scanned> {
  const worker = new Worker(new URL("./scan-worker.ts", import.meta.url), {
    workerData: { cwd, targets, formats: FORMATS },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the scan did not finish within ${deadlineMs} ms`));
    }, deadlineMs);
    worker.once("message", (m: Scanned) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
