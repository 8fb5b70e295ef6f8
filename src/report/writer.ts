import type { ScanReport } from "../engine/report-model.ts";
import type { Rule } from "../rules/rule.ts";

export interface WriterContext {
  /** Every rule that ran, for formats that describe rules (SARIF, JUnit). */
  rules: readonly Rule[];
  /** ANSI colours, only for a terminal. */
  color: boolean;
  cwd: string;
}

export type ReportWriter = (report: ScanReport, ctx: WriterContext) => string;
