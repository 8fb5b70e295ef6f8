import type { Command } from "commander";
import { UsageError } from "./args.ts";
import { withStore } from "../store/open-store.ts";
import { HistoryError, findScan, latestScan, listBaselines, saveBaseline } from "../store/history-queries.ts";
import { inert } from "../report/text.ts";

export function registerBaseline(program: Command): void {
  const cmd = program.command("baseline").description("approved states of a scope, for parapet drift");
  cmd
    .command("save")
    .description("mark a scan (default: the latest complete one) as the approved state of its scope")
    .option("--scan <id>", "the scan to approve (id or prefix, from parapet history)")
    .option("--scope <key>", "the latest complete scan of this scope")
    .option("--by <name>", "who approved it", process.env["USER"])
    .option("--db <url>", "history store (default: $PARAPET_DB, else .parapet/parapet.db)")
    .action(async (flags: { scan?: string; scope?: string; by?: string; db?: string }) => {
      await withStore(flags.db, process.cwd(), async (store) => {
        try {
          const scan =
            flags.scan !== undefined
              ? await findScan(store, flags.scan)
              : await latestScan(store, flags.scope, true);
          if (!scan) throw new UsageError("no complete scan recorded yet: run parapet scan first");
          // A scan with errors saw only part of its scope: approving it would hide the rest.
          if (scan.status !== "complete")
            throw new UsageError(`scan ${scan.id} is ${scan.status}: only a complete scan can be a baseline`);
          await saveBaseline(store, scan, flags.by ?? null, new Date());
          process.stdout.write(
            `baseline of ${inert(scan.scope_key)} is now scan ${scan.id} (${scan.finished_at})\n`,
          );
        } catch (e) {
          if (e instanceof HistoryError) throw new UsageError(e.message);
          throw e;
        }
      });
    });
  cmd
    .command("list")
    .description("the baseline of each scope")
    .option("--db <url>", "history store")
    .action(async (flags: { db?: string }) => {
      await withStore(flags.db, process.cwd(), async (store) => {
        const list = await listBaselines(store);
        if (list.length === 0) process.stdout.write("no baselines: run parapet baseline save\n");
        for (const b of list) {
          process.stdout.write(
            `${inert(b.scope_key)}  scan ${b.scan_id.slice(0, 8)} of ${b.scanned_at}  saved ${b.saved_at}${b.saved_by ? ` by ${inert(b.saved_by)}` : ""}\n`,
          );
        }
      });
    });
}
