/**
 * Reading one platform of the KICS corpus: `assets/queries/<platform>/<query>/` holds
 * `metadata.json` and `test/` with `positive*` and `negative*` samples, the expected results of
 * the positives, and sometimes files the samples read (certificates).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { parseExpected, type Pair } from "./expected.ts";
import type { Platform } from "./platforms.ts";

export const EXPECTED_FILE = "positive_expected_result.json";

export interface QueryCase {
  /** The query's folder name, the key of the mapping files. */
  dir: string;
  /** `queryName` from metadata.json, or the folder name when it has none. */
  name: string;
  /** Absolute path of the query's `test/` folder. */
  testDir: string;
  /** Sample file names (no directory), sorted. */
  positives: string[];
  negatives: string[];
  /** Other files of `test/` that samples may read; copied beside each sample when it is scanned. */
  support: string[];
  expected: Pair[];
  /** What could not be read, each naming the file. */
  problems: string[];
}

/** Every query of a platform, sorted by folder name; none when the folder is absent. */
export function readQueries(queriesRoot: string, platform: Platform): QueryCase[] {
  const root = join(queriesRoot, platform.id);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((dir) => readQuery(join(root, dir), dir, platform));
}

function readQuery(queryDir: string, dir: string, platform: Platform): QueryCase {
  const testDir = join(queryDir, "test");
  const problems: string[] = [];
  const q: QueryCase = {
    dir,
    name: queryName(join(queryDir, "metadata.json"), problems) ?? dir,
    testDir,
    positives: [],
    negatives: [],
    support: [],
    expected: [],
    problems,
  };
  if (!existsSync(testDir)) {
    problems.push(`${testDir}: no test folder`);
    return q;
  }
  const entries = readdirSync(testDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === EXPECTED_FILE) continue;
    if (!e.isFile()) {
      problems.push(`${join(testDir, e.name)}: sample folders are not read`);
      continue;
    }
    const isSample = platform.extensions.includes(extname(e.name).toLowerCase());
    if (isSample && e.name.startsWith("positive")) q.positives.push(e.name);
    else if (isSample && e.name.startsWith("negative")) q.negatives.push(e.name);
    else q.support.push(e.name);
  }
  const expectedPath = join(testDir, EXPECTED_FILE);
  if (existsSync(expectedPath)) {
    const r = parseExpected(readFileSync(expectedPath, "utf8"), q.positives);
    q.expected = r.pairs;
    problems.push(...r.problems.map((p) => `${expectedPath}: ${p}`));
    for (const pair of r.pairs) {
      if (!q.positives.includes(pair.file))
        problems.push(`${expectedPath}: names ${pair.file}, which is not a positive sample`);
    }
  } else if (q.positives.length > 0) problems.push(`${expectedPath}: missing`);
  return q;
}

function queryName(path: string, problems: string[]): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const m: unknown = JSON.parse(readFileSync(path, "utf8"));
    const name = (m as { queryName?: unknown } | null)?.queryName;
    return typeof name === "string" ? name : undefined;
  } catch (e) {
    problems.push(`${path}: ${(e as Error).message}`);
    return undefined;
  }
}
