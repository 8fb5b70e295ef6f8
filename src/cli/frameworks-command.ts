import type { Command } from "commander";
import { loadFrameworks, type Framework } from "../frameworks/catalog.ts";
import { UsageError } from "./args.ts";

export interface FrameworkCounts {
  id: string;
  name: string;
  version: string;
  controls: number;
  /** Controls judged by at least one rule. */
  automated: number;
  manual: number;
}

export function frameworkCounts(fw: Framework): FrameworkCounts {
  const automated = fw.controls.filter((c) => c.automated).length;
  return {
    id: fw.id,
    name: fw.name,
    version: fw.version,
    controls: fw.controls.length,
    automated,
    manual: fw.controls.length - automated,
  };
}

export function registerFrameworks(program: Command): void {
  program
    .command("frameworks")
    .description("list the compliance frameworks, or the controls of one, and how many are automated")
    .argument("[id]", "a framework id: list its controls and the rules that judge each")
    .option("--format <format>", "table | json", "table")
    .action((id: string | undefined, flags: { format: string }) => {
      if (flags.format !== "table" && flags.format !== "json") {
        throw new UsageError(`--format: expected table or json, got "${flags.format}"`);
      }
      const all = loadFrameworks();
      if (id !== undefined) {
        const fw = all.find((f) => f.id === id);
        if (!fw)
          throw new UsageError(`unknown framework "${id}" (expected ${all.map((f) => f.id).join(", ")})`);
        if (flags.format === "json") {
          process.stdout.write(JSON.stringify({ ...fw, counts: frameworkCounts(fw) }, null, 2) + "\n");
          return;
        }
        const width = Math.max(2, ...fw.controls.map((c) => c.id.length));
        for (const c of fw.controls) {
          const how = c.automated ? c.rules.join(", ") : "manual";
          process.stdout.write(`${c.id.padEnd(width)}  ${c.title}\n${" ".repeat(width + 2)}${how}\n`);
        }
        return;
      }
      const rows = all.map(frameworkCounts);
      if (flags.format === "json") {
        process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
        return;
      }
      const idW = Math.max(2, ...rows.map((r) => r.id.length));
      const nameW = Math.max(4, ...rows.map((r) => `${r.name} ${r.version}`.length));
      process.stdout.write(
        `${"ID".padEnd(idW)}  ${"NAME".padEnd(nameW)}  CONTROLS  AUTOMATED  MANUAL\n` +
          rows
            .map(
              (r) =>
                `${r.id.padEnd(idW)}  ${`${r.name} ${r.version}`.padEnd(nameW)}  ${String(r.controls).padStart(8)}  ` +
                `${String(r.automated).padStart(9)}  ${String(r.manual).padStart(6)}\n`,
            )
            .join(""),
      );
    });
}
