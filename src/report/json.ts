import type { ReportWriter } from "./writer.ts";

export const writeJson: ReportWriter = (report) => JSON.stringify(report, null, 2) + "\n";
