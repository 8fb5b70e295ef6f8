import type { LoadResult } from "../model/raw.ts";

export interface LoaderContext {
  cwd: string;
  /** The path shown to users and written into spans: relative to cwd, `/`-separated. */
  display(abs: string): string;
  /** Absolute, real paths of the scan targets: nothing outside them is ever read. */
  roots: string[];
  terraform: {
    /** `--var name=value` (values parsed as HCL expressions when they look like one). */
    vars: Record<string, string>;
    /** `--var-file` paths, absolute. */
    varFiles: string[];
  };
  cloudformation: { parameters: Record<string, string> };
  /** `--tf-dir`: the configuration a plan was made from, for pointing findings at `.tf` lines. */
  plan?: { tfDir?: string };
}

/** A loader reads every file of its format that discovery found (absolute paths). */
export type Loader = (files: string[], ctx: LoaderContext) => Promise<LoadResult>;
