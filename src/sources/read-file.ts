/**
 * Reading a file a scanned repository names (a module's sibling, a `.tfvars`, a `file()`
 * argument). The repository is hostile: a symlink may point outside the scanned tree, at a device
 * that never ends (`/dev/zero`) or at a FIFO that blocks forever. So the real path must lie inside
 * one of `roots`, the file is opened without blocking and must be a regular file, and no more than
 * `MAX_FILE_BYTES` are ever read, whatever the size it reports.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { sep } from "node:path";
import { MAX_FILE_BYTES } from "./discover.ts";

/**
 * Why a file was not read. A file outside the tree or over the cap is skipped (as discovery skips
 * it); any other failure is an error of the file that named it.
 */
export class ReadRefused extends Error {
  readonly skip: boolean;
  constructor(message: string, skip = false) {
    super(message);
    this.skip = skip;
  }
}

export function isInside(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
}

/** The file's bytes; throws ReadRefused when it is outside `roots`, not a regular file or too large. */
export function readFileInside(path: string, roots: readonly string[], max = MAX_FILE_BYTES): Buffer {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    throw new ReadRefused(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!isInside(real, roots)) throw new ReadRefused("outside the scanned tree: not read", true);
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new ReadRefused(`cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ReadRefused("not a regular file");
    if (st.size > max) throw new ReadRefused(`larger than ${max / 1024 / 1024} MiB`, true);
    // The size can change under us: read at most one byte past the cap to notice.
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
      if (n === buf.length) break;
    }
    if (n > max) throw new ReadRefused(`larger than ${max / 1024 / 1024} MiB`, true);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
