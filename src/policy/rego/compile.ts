/**
 * Compiling a set of Rego files the way their authors wrote them. Policies in the wild, the
 * guide's among them, use Rego v0 syntax (`deny[msg] { … }`) and C-style adjacent string
 * literals to wrap long messages (`"first part. "` newline `"second part"`), which OPA rejects.
 * The ladder tries the files as written (v1, then v0-compatible), and only when both fail,
 * copies with adjacent literals joined into one. A policy that compiles as written is never
 * rewritten, so the join cannot change the meaning of valid Rego.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { OpaError, runOpa } from "./opa.ts";

export interface CompiledPolicies {
  /** The files to hand to OPA: the originals, or rewritten copies. */
  files: string[];
  /** `--v0-compatible` when the files are written in Rego v0. */
  modeArgs: string[];
  /** Set when the copies joined adjacent string literals. */
  rewritten: boolean;
  /** Maps a copy's path in an OPA message back to the user's file. */
  restore(text: string): string;
}

export function compilePolicies(opa: string, files: readonly string[]): CompiledPolicies {
  const identity = (t: string): string => t;
  const attempt = (list: readonly string[], mode: string[]): boolean => {
    try {
      runOpa(opa, ["check", "-f", "json", ...mode, ...list]);
      return true;
    } catch (e) {
      if (e instanceof OpaError) return false;
      throw e;
    }
  };
  for (const mode of [[], ["--v0-compatible"]]) {
    if (attempt(files, mode))
      return { files: [...files], modeArgs: mode, rewritten: false, restore: identity };
  }
  const joined = files.map((f) => joinAdjacentStrings(readFileSync(f, "utf8")));
  if (joined.some((text, i) => text !== readFileSync(files[i]!, "utf8"))) {
    const dir = mkdtempSync(join(tmpdir(), "parapet-rego-src-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    const copies = files.map((f, i) => {
      const sub = join(dir, String(i));
      mkdirSync(sub);
      const copy = join(sub, basename(f));
      writeFileSync(copy, joined[i]!);
      return copy;
    });
    const restore = (t: string): string => copies.reduce((s, c, i) => s.split(c).join(files[i]!), t);
    for (const mode of [[], ["--v0-compatible"]]) {
      if (attempt(copies, mode)) return { files: copies, modeArgs: mode, rewritten: true, restore };
    }
  }
  // Report OPA's own complaint about the files as written.
  runOpa(opa, ["check", "-f", "json", ...files]);
  throw new OpaError(`the policies do not compile: ${files.join(", ")}`);
}

/**
 * `"a" "b"` → `"ab"`, across spaces and newlines, outside comments and raw strings.
 * Escapes inside the literals are kept as written.
 */
export function joinAdjacentStrings(src: string): string {
  let out = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "#") {
      const end = src.indexOf("\n", i);
      const stop = end < 0 ? src.length : end;
      out += src.slice(i, stop);
      i = stop;
    } else if (c === "`") {
      const end = src.indexOf("`", i + 1);
      const stop = end < 0 ? src.length : end + 1;
      out += src.slice(i, stop);
      i = stop;
    } else if (c === '"') {
      // Read one literal, then keep swallowing literals that follow after whitespace only.
      let body = "";
      let j = i;
      for (;;) {
        const lit = readLiteral(src, j);
        if (lit === undefined) return out + src.slice(i); // unterminated: leave it to OPA to report
        body += lit.body;
        let k = lit.end;
        while (k < src.length && /\s/.test(src[k]!)) k++;
        if (src[k] !== '"') {
          out += `"${body}"`;
          i = lit.end;
          break;
        }
        j = k;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function readLiteral(src: string, start: number): { body: string; end: number } | undefined {
  let k = start + 1;
  while (k < src.length) {
    const ch = src[k]!;
    if (ch === "\\") k += 2;
    else if (ch === "\n") return undefined;
    else if (ch === '"') return { body: src.slice(start + 1, k), end: k + 1 };
    else k++;
  }
  return undefined;
}
