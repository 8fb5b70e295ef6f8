import type { ReportWriter } from "./writer.ts";
import { writeJson } from "./json.ts";
import { writeTable } from "./table.ts";
import { writeSarif } from "./sarif.ts";
import { writeJunit } from "./junit.ts";
import { writeOcsf } from "./ocsf.ts";
import { writeCsv } from "./csv.ts";
import { writeMarkdown } from "./markdown.ts";
import { writeHtml } from "./html.ts";

/** Output formats by name, for `--format`. */
export const writers: Record<string, ReportWriter> = {
  json: writeJson,
  table: writeTable,
  sarif: writeSarif,
  junit: writeJunit,
  ocsf: writeOcsf,
  csv: writeCsv,
  markdown: writeMarkdown,
  html: writeHtml,
};
