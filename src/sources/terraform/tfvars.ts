/**
 * Input variable values for a root module, in Terraform's precedence order (later wins):
 * terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical order, then each
 * `--var-file`, then each `--var`. Environment variables (TF_VAR_*) are deliberately not read,
 * so a scan gives the same result on every machine.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ScanError } from "../../model/raw.ts";
import type { Value } from "../../model/value.ts";
import { readFileInside } from "../read-file.ts";
import type { Parser } from "web-tree-sitter";
import { evaluate, type Budget, type Env } from "./evaluate.ts";
import { parseHcl } from "./parse-hcl.ts";
import { EvalError } from "./values.ts";

/** An environment with no names: tfvars values are constants (functions allowed). */
function constantEnv(budget: Budget): Env {
  return {
    budget,
    lookup: (name) => {
      throw new EvalError(`"${name}" cannot be referenced here`);
    },
    readFile: () => {
      throw new EvalError("files cannot be read here");
    },
    fileExists: () => false,
    renderTemplate: () => {
      throw new EvalError("templates cannot be rendered here");
    },
  };
}

export function rootVarFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of ["terraform.tfvars", "terraform.tfvars.json"]) {
    if (existsSync(join(dir, name))) out.push(join(dir, name));
  }
  let entries: string[] = [];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of entries)
    if (name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json")) out.push(join(dir, name));
  return out;
}

/**
 * A variables file and where its real path may lie: a `terraform.tfvars` of the scanned tree only
 * inside the tree (it may be a symlink to anywhere), a `--var-file` wherever the user put it.
 */
export interface VarFile {
  path: string;
  roots: readonly string[];
}

/**
 * Reads variable values. `display` names files in errors; values of unparsable files are skipped
 * with an error. Returns the values and the number of files read.
 */
export function readVarValues(
  files: readonly VarFile[],
  cli: Record<string, string>,
  parser: Parser,
  budget: Budget,
  display: (abs: string) => string,
  errors: ScanError[],
): Map<string, Value> {
  const values = new Map<string, Value>();
  const env = constantEnv(budget);
  for (const { path: file, roots } of files) {
    const shown = display(file);
    let text: string;
    try {
      text = readFileInside(file, roots).toString("utf8");
    } catch (e) {
      errors.push({
        source: "terraform",
        file: shown,
        message: `cannot read variables file: ${(e as Error).message}`,
      });
      continue;
    }
    if (file.endsWith(".json")) {
      try {
        const parsed = JSON.parse(text) as unknown;
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
          throw new Error("expected an object");
        for (const [k, v] of Object.entries(parsed)) values.set(k, v as Value);
      } catch (e) {
        errors.push({
          source: "terraform",
          file: shown,
          line: 1,
          message: `invalid variables file: ${(e as Error).message}`,
        });
      }
      continue;
    }
    const parsed = parseHcl(parser, text, shown);
    for (const err of parsed.errors)
      errors.push({ source: "terraform", file: shown, line: err.line, message: err.message });
    for (const [name, a] of parsed.body.attrs) {
      try {
        values.set(name, evaluate(a.expr, env));
      } catch (e) {
        errors.push({
          source: "terraform",
          file: shown,
          line: a.span.start_line,
          message: `variable "${name}": ${(e as Error).message}`,
        });
      }
    }
  }
  for (const [name, raw] of Object.entries(cli)) values.set(name, parseCliValue(raw, parser, budget));
  return values;
}

/** A `--var` value: an HCL expression when it looks like a list, map, number, bool or null, else a string. */
function parseCliValue(raw: string, parser: Parser, budget: Budget): Value {
  const t = raw.trim();
  const looksLikeExpr =
    /^[[{]/.test(t) || /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t) || /^(true|false|null)$/.test(t);
  if (!looksLikeExpr) return raw;
  const parsed = parseHcl(parser, `v = ${t}\n`, "--var");
  const a = parsed.body.attrs.get("v");
  if (parsed.errors.length || !a) return raw;
  try {
    return evaluate(a.expr, constantEnv(budget));
  } catch {
    return raw;
  }
}
