/**
 * Walks the scan targets and sorts files by format. It never leaves what it was asked to scan:
 * symlinks pointing outside a target are skipped, and so are files over the size cap.
 */
import { lstatSync, readdirSync, realpathSync, statSync, openSync, readSync, closeSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { detectFormat, unreadableReason, type InputFormat } from "./formats.ts";

export const MAX_FILE_BYTES = 8 * 1024 * 1024;
const SKIP_DIRS = new Set([".git", "node_modules", ".terraform", ".parapet", ".terragrunt-cache"]);

export interface Discovered {
  /** Absolute paths by format. */
  files: Map<InputFormat, string[]>;
  skipped: { file: string; reason: string }[];
  /** Targets that do not exist. */
  missing: string[];
}

export function discover(
  targets: readonly string[],
  opts: { cwd: string; exclude: readonly string[] },
): Discovered {
  const isExcluded = picomatch(opts.exclude.length ? [...opts.exclude] : ["\0never"], { dot: true });
  const out: Discovered = { files: new Map(), skipped: [], missing: [] };
  const display = (abs: string): string => displayPath(abs, opts.cwd);
  const add = (abs: string, format: InputFormat): void => {
    const list = out.files.get(format);
    if (list) list.push(abs);
    else out.files.set(format, [abs]);
  };

  for (const target of targets) {
    const root = resolve(opts.cwd, target);
    let rootReal: string;
    try {
      rootReal = realpathSync(root);
    } catch {
      out.missing.push(target);
      continue;
    }
    const visitFile = (abs: string): void => {
      const rel = display(abs);
      if (isExcluded(rel) || isExcluded(relative(root, abs))) return;
      let size: number;
      try {
        const real = realpathSync(abs);
        if (real !== rootReal && !real.startsWith(rootReal + sep)) {
          out.skipped.push({ file: rel, reason: "symlink points outside the scanned tree" });
          return;
        }
        size = statSync(real).size;
      } catch (e) {
        out.skipped.push({ file: rel, reason: (e as Error).message });
        return;
      }
      const format = detectFormat(abs, () => head(abs));
      if (!format) {
        const why = unreadableReason(abs, () => head(abs));
        if (why) out.skipped.push({ file: rel, reason: why });
        return;
      }
      if (size > MAX_FILE_BYTES) {
        out.skipped.push({ file: rel, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` });
        return;
      }
      add(abs, format);
    };
    const walk = (dir: string, depth: number): void => {
      if (depth > 64) {
        out.skipped.push({ file: display(dir), reason: "directory nesting deeper than 64 levels" });
        return;
      }
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        out.skipped.push({ file: display(dir), reason: (e as Error).message });
        return;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        const abs = join(dir, e.name);
        if (e.isDirectory()) {
          if (SKIP_DIRS.has(e.name)) continue;
          const rel = display(abs);
          if (isExcluded(rel) || isExcluded(rel + "/") || isExcluded(relative(root, abs))) continue;
          walk(abs, depth + 1);
        } else if (e.isFile() || e.isSymbolicLink()) {
          if (e.isSymbolicLink()) {
            try {
              if (statSync(abs).isDirectory()) continue; // never follow directory links: no cycles, no escapes
            } catch {
              continue;
            }
          }
          visitFile(abs);
        }
      }
    };
    const st = lstatSync(root);
    if (st.isDirectory()) walk(root, 0);
    else visitFile(root);
  }
  return out;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

function head(abs: string): string {
  const fd = openSync(abs, "r");
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
