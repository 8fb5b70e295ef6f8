import type { ReportWriter } from "./writer.ts";
import { writeJson } from "./json.ts";
import { writeTable } from "./table.ts";

/** Output formats by name, for `--format`. */
export const writers: Record<string, ReportWriter> = {
  json: writeJson,
  table: writeTable,
};
