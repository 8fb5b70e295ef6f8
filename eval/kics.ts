/**
 * Scores Parapet on the labelled KICS samples (../shared/corpus/kics), per platform: how many
 * queries the mapping files (eval/kics-mapping/<platform>.tsv) cover, the recall of the mapped
 * rules on the expected (file, line) pairs, their false positives on the negative samples, and
 * the unmapped remainder's line-level recall by any rule. See eval/kics/score.ts for the rules of
 * scoring and ../shared/corpus/README.md for the corpus.
 *
 *     npm run eval:kics [-- --platform terraform/aws ...] [-- --limit 40]
 *
 * Prints Markdown tables, the first misses and false positives of each platform, and writes the
 * full listings to eval/out/. Skips with a message (exit 0) when the corpus is absent, since it is
 * not part of the repository. Exits 1 when a mapping file has a problem (unknown query or rule).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { builtinRules } from "../src/rules/index.ts";
import { PLATFORMS } from "./kics/platforms.ts";
import {
  falsePositiveListing,
  falsePositivesTsv,
  mappedTable,
  missListing,
  missesTsv,
  unmappedTable,
} from "./kics/report.ts";
import { runKics } from "./kics/run.ts";

const CORPUS = resolve(import.meta.dirname, "../../shared/corpus/kics");
const MAPPING = resolve(import.meta.dirname, "kics-mapping");
const OUT = resolve(import.meta.dirname, "out");

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      platform: { type: "string", multiple: true },
      limit: { type: "string", default: "30" },
    },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    console.error(`--limit must be a whole number, not ${values.limit}`);
    return 2;
  }
  const unknown = (values.platform ?? []).filter((p) => !PLATFORMS.some((x) => x.id === p));
  if (unknown.length > 0) {
    console.error(`unknown platform ${unknown.join(", ")}: one of ${PLATFORMS.map((p) => p.id).join(", ")}`);
    return 2;
  }
  if (!existsSync(join(CORPUS, "assets", "queries"))) {
    console.log(
      `skipped: ${relative(process.cwd(), CORPUS)} is not here (the KICS corpus is not part of the repository)`,
    );
    return 0;
  }
  const started = performance.now();
  const result = await runKics({
    corpus: CORPUS,
    mappingDir: MAPPING,
    rules: builtinRules(),
    ...(values.platform ? { platforms: values.platform } : {}),
    onQuery: (platform, done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${platform}: query ${done + 1} of ${total}   `);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\r\u001b[K");
  const runs = result.platforms;
  console.log("Mapped queries\n\n" + mappedTable(runs) + "\n");
  console.log("Unmapped remainder\n\n" + unmappedTable(runs) + "\n");
  for (const r of runs) console.log(missListing(r.score.platform, r.score.misses, limit) + "\n");
  for (const r of runs)
    console.log(falsePositiveListing(r.score.platform, r.score.falsePositives, limit) + "\n");
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "kics-misses.tsv"), missesTsv(runs));
  writeFileSync(join(OUT, "kics-false-positives.tsv"), falsePositivesTsv(runs));
  console.log(`full listings: ${relative(process.cwd(), OUT)}/kics-misses.tsv, kics-false-positives.tsv`);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (result.problems.length > 0) {
    console.log(`\n${result.problems.length} problem(s):`);
    for (const p of result.problems) console.log(`  ${p.replaceAll(process.cwd() + "/", "")}`);
  }
  return result.problems.some((p) => p.startsWith(MAPPING)) ? 1 : 0;
}

process.exitCode = await main();
