/**
 * The Terraform loader: finds the root modules among the given files, evaluates each with its
 * variables, locals and local child modules, and returns one RawRecord per resource and data
 * block instance.
 *
 * Root modules: every directory of `.tf`/`.tf.json` files that no module block of the scanned
 * tree calls. A single file given as a target stands for its module: the other `.tf` files of its
 * directory are read for context (variables, locals, referenced resources) and its directory is
 * treated as scanned, but records are emitted only for blocks of the targeted file (and of the
 * child modules it reaches).
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Parser } from "web-tree-sitter";
import type { LoadResult, RawRecord, ScanError } from "../../model/raw.ts";
import type { Value, ValueMap } from "../../model/value.ts";
import { isInside, readFileInside, ReadRefused } from "../read-file.ts";
import type { Loader, LoaderContext } from "../loader.ts";
import type { Expr } from "./ast.ts";
import { Budget, evaluate, type Env } from "./evaluate.ts";
import { ModuleInstance, type Tree } from "./instance.ts";
import {
  addFile,
  emptyModule,
  isLocalSource,
  isOverrideFile,
  moduleSource,
  type ModuleDef,
} from "./module.ts";
import { hclParser, parseHcl, type ParsedFile } from "./parse-hcl.ts";
import { parseTfJson } from "./parse-json.ts";
import { readVarValues, rootVarFiles } from "./tfvars.ts";
import { EvalError, LimitError, toStr } from "./values.ts";

const isTfFile = (name: string): boolean => name.endsWith(".tf") || name.endsWith(".tf.json");

/** Loads every Terraform root module found among `files` (absolute paths of .tf and .tf.json files). */
export const loadTerraform: Loader = async (files: string[], ctx: LoaderContext): Promise<LoadResult> => {
  const parser = await hclParser();
  const session = new Session(parser, ctx);
  return session.run(files);
};

class Session {
  private readonly parser: Parser;
  private readonly ctx: LoaderContext;
  private readonly errors: ScanError[] = [];
  private readonly skipped: { file: string; reason: string }[] = [];
  private readonly records: RawRecord[] = [];
  private filesRead = 0;
  /** Module directory → its definition, parsed once. */
  private readonly modules = new Map<string, ModuleDef>();
  /** Directories of single-file targets → the targeted files (display paths). */
  private readonly onlyFiles = new Map<string, Set<string>>();
  /** Where reading is allowed: the scan targets, and the directory of each file target. */
  private readonly readable: string[];
  private readonly templates = new Map<string, Expr>();

  constructor(parser: Parser, ctx: LoaderContext) {
    this.parser = parser;
    this.ctx = ctx;
    this.readable = ctx.roots.map((r) => {
      try {
        return statSync(r).isFile() ? dirname(r) : r;
      } catch {
        return r;
      }
    });
  }

  run(files: string[]): LoadResult {
    const byDir = new Map<string, string[]>();
    for (const f of files) {
      const dir = dirname(f);
      const list = byDir.get(dir);
      if (list) list.push(f);
      else byDir.set(dir, [f]);
    }
    // A file target brings its module's other files along, for context only.
    for (const root of this.ctx.roots) {
      let isFile = false;
      try {
        isFile = statSync(root).isFile();
      } catch {
        continue;
      }
      if (!isFile || !isTfFile(root)) continue;
      const dir = dirname(root);
      const shown = this.onlyFiles.get(dir) ?? new Set<string>();
      shown.add(this.ctx.display(root));
      this.onlyFiles.set(dir, shown);
      const list = byDir.get(dir) ?? [];
      for (const sib of this.siblings(dir)) if (!list.includes(sib)) list.push(sib);
      byDir.set(dir, list);
    }
    for (const [dir, list] of byDir) this.modules.set(dir, this.parseModule(dir, list));
    for (const dir of this.rootDirs([...byDir.keys()])) this.loadRoot(dir);
    return {
      records: this.records,
      errors: this.errors,
      stats: { files: { terraform: this.filesRead }, skipped: this.skipped },
    };
  }

  private siblings(dir: string): string[] {
    try {
      return readdirSync(dir)
        .filter(isTfFile)
        .sort()
        .map((n) => join(dir, n));
    } catch {
      return [];
    }
  }

  private parseModule(dir: string, files: readonly string[]): ModuleDef {
    const mod = emptyModule(dir);
    // Override files apply after all others, in lexical order among themselves.
    const ordered = [...files].sort(
      (a, b) => Number(isOverrideFile(a)) - Number(isOverrideFile(b)) || a.localeCompare(b),
    );
    for (const file of ordered) {
      const shown = this.ctx.display(file);
      let text: string;
      try {
        // Module directories and a file target's siblings are listed here, not by discovery:
        // their symlinks must be held to the scanned tree all the same.
        text = readFileInside(file, this.readable).toString("utf8");
      } catch (e) {
        if (e instanceof ReadRefused && e.skip) this.skipped.push({ file: shown, reason: e.message });
        else this.errors.push({ source: "terraform", file: shown, message: (e as Error).message });
        continue;
      }
      this.filesRead++;
      let parsed: ParsedFile;
      try {
        parsed = file.endsWith(".json")
          ? parseTfJson(text, shown, this.parser)
          : parseHcl(this.parser, text, shown);
      } catch (e) {
        // A file that breaks the parser is this file's error: the module's other files still count.
        this.errors.push({
          source: "terraform",
          file: shown,
          line: 1,
          message: `cannot parse: ${(e as Error).message}`,
        });
        continue;
      }
      for (const err of parsed.errors)
        this.errors.push({ source: "terraform", file: shown, line: err.line, message: err.message });
      addFile(mod, parsed.body, isOverrideFile(file));
    }
    return mod;
  }

  /**
   * Directories no other scanned directory calls as a module. Directories reachable from none of
   * them (module cycles) become roots too, so that the cycle is reported rather than skipped.
   */
  private rootDirs(dirs: string[]): string[] {
    const calls = new Map<string, string[]>();
    const called = new Set<string>();
    for (const dir of dirs) {
      const targets: string[] = [];
      for (const c of this.modules.get(dir)?.calls ?? []) {
        const src = moduleSource(c);
        if (src === undefined || !isLocalSource(src)) continue;
        const to = resolve(dir, src);
        if (to !== dir && this.modules.has(to)) {
          targets.push(to);
          called.add(to);
        }
      }
      calls.set(dir, targets);
    }
    const sorted = [...dirs].sort();
    const roots = sorted.filter((d) => !called.has(d));
    const reached = new Set<string>();
    const reach = (d: string): void => {
      const stack = [d];
      while (stack.length) {
        const x = stack.pop()!;
        if (reached.has(x)) continue;
        reached.add(x);
        stack.push(...(calls.get(x) ?? []));
      }
    };
    roots.forEach(reach);
    for (const d of sorted) {
      if (reached.has(d)) continue;
      roots.push(d);
      reach(d);
    }
    return roots;
  }

  /** Whether a displayed file lies directly in `dir` (a context-only sibling of a file target). */
  private isSiblingOf(dir: string, file: string): boolean {
    return dirname(resolve(this.ctx.cwd, file)) === dir;
  }

  private insideReadable(abs: string): boolean {
    return isInside(abs, this.readable);
  }

  private loadRoot(dir: string): void {
    const def = this.modules.get(dir)!;
    const budget = new Budget();
    const onlyFiles = this.onlyFiles.get(dir);
    const tree: Tree = {
      budget,
      rootDir: dir,
      display: (abs) => this.ctx.display(abs),
      errors: this.errors,
      skipped: this.skipped,
      records: this.records,
      emitted: 0,
      resolveModule: (from, source) => this.resolveModule(from, source),
      emits: (file) => !onlyFiles || onlyFiles.has(file) || !this.isSiblingOf(dir, file),
      readFile: (path) => this.readFile(path),
      fileExists: (path) => {
        try {
          const real = realpathSync(resolve(this.ctx.cwd, path));
          return this.insideReadable(real) && statSync(real).isFile();
        } catch {
          return false;
        }
      },
      renderTemplate: (text, vars) => this.renderTemplate(text, vars, budget),
    };
    const varFiles = [
      ...rootVarFiles(dir).map((path) => ({ path, roots: this.readable })),
      ...this.ctx.terraform.varFiles.map((path) => ({ path, roots: [realOrSelf(path)] })),
    ];
    const values = readVarValues(
      varFiles,
      this.ctx.terraform.vars,
      this.parser,
      budget,
      this.ctx.display,
      this.errors,
    );
    const inputs = new Map<string, () => Value>();
    for (const [name, v] of values) if (def.variables.has(name)) inputs.set(name, () => v);
    const root = new ModuleInstance(tree, def, "", inputs, [], new Map());
    root.adoptProviders(root.providerFacts());
    try {
      root.emit();
    } catch (e) {
      // Limits hit outside any one attribute (module fan-out) end this root module, not the scan.
      if (!(e instanceof RangeError) && !(e instanceof LimitError)) throw e;
      this.errors.push({ source: "terraform", file: this.ctx.display(dir), message: e.message });
    }
  }

  private resolveModule(fromDir: string, source: string): ModuleDef | string {
    const abs = resolve(fromDir, source);
    let real: string;
    try {
      real = realpathSync(abs);
      if (!statSync(real).isDirectory()) return `source ${JSON.stringify(source)} is not a directory`;
    } catch {
      return `source ${JSON.stringify(source)} does not exist`;
    }
    if (!this.insideReadable(real))
      return `source ${JSON.stringify(source)} is outside the scanned tree and is not read`;
    const known = this.modules.get(abs) ?? this.modules.get(real);
    if (known) return known;
    const def = this.parseModule(real, this.siblings(real));
    this.modules.set(real, def);
    return def;
  }

  private readFile(path: string): Buffer {
    let real: string;
    try {
      real = realpathSync(resolve(this.ctx.cwd, path));
    } catch {
      throw new EvalError(`no such file: ${path}`);
    }
    if (!this.insideReadable(real))
      throw new EvalError(`${path} is outside the scanned tree and is not read`);
    try {
      return readFileInside(real, this.readable);
    } catch (e) {
      throw new EvalError(`cannot read ${path}: ${(e as Error).message}`);
    }
  }

  /** templatefile(): the file's text read as a heredoc template, evaluated with only the given variables. */
  private renderTemplate(text: string, vars: ValueMap, budget: Budget): Value {
    let expr = this.templates.get(text);
    if (!expr) {
      const delim = "PARAPET_TEMPLATE_END";
      if (text.split("\n").some((l) => l.trim() === delim))
        throw new EvalError("the template contains the reserved line " + delim);
      const parsed = parseHcl(this.parser, `t = <<${delim}\n${text}\n${delim}\n`, "template");
      const a = parsed.body.attrs.get("t");
      if (parsed.errors.length || !a)
        throw new EvalError(`the template does not parse: ${parsed.errors[0]?.message ?? ""}`);
      expr = a.expr;
      if (expr.kind === "template") {
        // The heredoc adds a final newline the file did not have.
        const last = expr.parts[expr.parts.length - 1];
        if (typeof last === "string" && last.endsWith("\n"))
          expr.parts[expr.parts.length - 1] = last.slice(0, -1);
      }
      this.templates.set(text, expr);
    }
    const env: Env = {
      budget,
      lookup: (name) => {
        if (Object.hasOwn(vars, name)) return vars[name] as Value;
        throw new EvalError(`the template refers to "${name}", which templatefile() was not given`);
      },
      readFile: (p) => this.readFile(p),
      fileExists: () => false,
      renderTemplate: (t, v) => this.renderTemplate(t, v, budget),
    };
    const v = evaluate(expr, env);
    return typeof v === "number" || typeof v === "boolean" ? toStr(v) : v;
  }
}

/** The real path of a file the user named, so a `--var-file` may be a symlink; itself when absent. */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
