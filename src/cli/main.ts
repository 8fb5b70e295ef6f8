#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { PARAPET_VERSION } from "../version.ts";
import { registerScan } from "./scan-command.ts";
import { registerRules } from "./rules-command.ts";
import { registerFrameworks } from "./frameworks-command.ts";
import { registerHistory } from "./history-command.ts";
import { registerMetrics } from "./metrics-command.ts";
import { registerBaseline } from "./baseline-command.ts";
import { registerDrift } from "./drift-command.ts";
import { registerExceptions } from "./exceptions-command.ts";
import { registerPolicy } from "./policy-command.ts";
import { UsageError } from "./args.ts";

// Output piped into `head` or a closed pager: stop quietly, as Unix tools do, instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const program = new Command();
program
  .name("parapet")
  .description("Cloud security posture management for infrastructure-as-code and live clouds")
  .version(PARAPET_VERSION)
  .exitOverride();
registerScan(program);
registerRules(program);
registerHistory(program);
registerMetrics(program);
registerBaseline(program);
registerDrift(program);
registerExceptions(program);
registerFrameworks(program);
registerPolicy(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`parapet: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`parapet: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}
