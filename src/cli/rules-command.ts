import type { Command } from "commander";
import { builtinRules } from "../rules/index.ts";
import { complianceIndex, loadFrameworks } from "../frameworks/catalog.ts";

export function registerRules(program: Command): void {
  program
    .command("rules")
    .description("list the built-in rules")
    .option("--format <format>", "table | json", "table")
    .option("--provider <provider>", "only rules for this provider")
    .action((flags: { format: string; provider?: string }) => {
      const index = complianceIndex(loadFrameworks());
      const rules = builtinRules().filter(
        (r) => !flags.provider || r.providers.includes(flags.provider as never),
      );
      if (flags.format === "json") {
        const out = rules.map(({ check: _check, ...meta }) => ({
          ...meta,
          compliance: index.get(meta.id) ?? [],
        }));
        process.stdout.write(JSON.stringify(out, null, 2) + "\n");
        return;
      }
      const width = Math.max(...rules.map((r) => r.id.length), 2);
      for (const r of rules) {
        process.stdout.write(
          `${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.providers.join(",").padEnd(14)}  ${r.title}\n`,
        );
      }
      process.stdout.write(`${rules.length} rules\n`);
    });
}
