import type { ScanReport } from "../engine/report-model.ts";
import type { RuleResult } from "../engine/evaluate.ts";
import type { Rule } from "../rules/rule.ts";

export interface WriterContext {
  /** Every rule that ran, for formats that describe rules (SARIF, JUnit). */
  rules: readonly Rule[];
  /** ANSI colours, only for a terminal. */
  color: boolean;
  cwd: string;
  /**
   * Every (rule, resource) evaluation, passes included, for formats that report evidence and not
   * only failures (JUnit). Absent when the report was read back from JSON rather than scanned.
   */
  results?: readonly RuleResult[];
  /** An earlier report of the same targets, for "what changed since the base" (Markdown, HTML). */
  base?: ScanReport;
}

export type ReportWriter = (report: ScanReport, ctx: WriterContext) => string;
