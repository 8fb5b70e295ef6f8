/**
 * RFC 4180 CSV, one row per finding, for spreadsheets and ticket imports. Spreadsheets execute
 * a cell that starts with `=`, `+`, `-` or `@` (and tab or CR) as a formula, so such cells from
 * attacker-controlled names are prefixed with `'`.
 */
import type { Finding } from "../engine/report-model.ts";
import type { ReportWriter } from "./writer.ts";

const COLUMNS: [string, (f: Finding) => string | number][] = [
  ["id", (f) => f.id],
  ["status", (f) => f.status],
  ["severity", (f) => f.severity],
  ["rule_id", (f) => f.rule_id],
  ["title", (f) => f.title],
  ["category", (f) => f.category],
  ["message", (f) => f.message],
  ["resource_uid", (f) => f.resource.uid],
  ["resource_name", (f) => f.resource.name],
  ["resource_type", (f) => f.resource.type],
  ["native_type", (f) => f.resource.native_type],
  ["provider", (f) => f.resource.provider],
  ["project", (f) => f.resource.project ?? ""],
  ["region", (f) => f.resource.region ?? ""],
  ["file", (f) => f.location?.file ?? ""],
  ["start_line", (f) => f.location?.start_line ?? ""],
  ["end_line", (f) => f.location?.end_line ?? ""],
  ["compliance", (f) => f.compliance.map((c) => `${c.framework}:${c.control}`).join(" ")],
  ["risk_score", (f) => f.risk.score],
  ["remediation", (f) => f.remediation.text],
  ["muted_reason", (f) => f.muted_reason ?? ""],
];

export const writeCsv: ReportWriter = (report) => {
  const rows = [
    COLUMNS.map(([name]) => name),
    ...report.findings.map((f) => COLUMNS.map(([, get]) => get(f))),
  ];
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
};

/** C0 and C1 controls other than tab and line breaks, and bidirectional marks. */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One field: numbers as they are; text defused against formulas, then quoted when RFC 4180
 * requires it. Control characters other than line breaks (ANSI escapes, BEL) would act on a
 * terminal that prints the file, and bidirectional marks reorder what a spreadsheet shows: both
 * are replaced. Line breaks stay, inside quotes, as the value has them.
 */
export function cell(v: string | number): string {
  if (typeof v === "number") return String(v);
  const shown = v.replace(UNPRINTABLE, "\ufffd");
  const safe = /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
