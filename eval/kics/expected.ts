/**
 * Reading `positive_expected_result.json`: an array of `{queryName, severity, line, fileName}`
 * where the file key is also spelled `filename` or `fineName`, and is absent when the query has
 * exactly one positive sample. Entries often repeat a (file, line) pair; the pairs are unique here.
 */

/** One place a query must be flagged: a sample's file name (no directory) and a 1-based line. */
export interface Pair {
  file: string;
  line: number;
}

const FILE_KEYS = ["fileName", "filename", "fineName"] as const;

export interface ExpectedResult {
  pairs: Pair[];
  /** Entries that could not be read, each naming the entry's index and why. */
  problems: string[];
}

/**
 * `positives` are the query's positive sample names; the one used when an entry names no file.
 * `text` is the file's content; a JSON syntax error is returned as a problem, never thrown.
 */
export function parseExpected(text: string, positives: readonly string[]): ExpectedResult {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { pairs: [], problems: [`not JSON: ${(e as Error).message}`] };
  }
  if (!Array.isArray(data)) return { pairs: [], problems: ["not a JSON array"] };
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  data.forEach((entry: unknown, i) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      problems.push(`entry ${i}: not an object`);
      return;
    }
    const e = entry as Record<string, unknown>;
    const line = e["line"];
    if (typeof line !== "number" || !Number.isInteger(line) || line < 1) {
      problems.push(`entry ${i}: line is not a positive integer`);
      return;
    }
    const key = FILE_KEYS.find((k) => typeof e[k] === "string");
    let file: string;
    if (key !== undefined) file = e[key] as string;
    else if (positives.length === 1) file = positives[0] as string;
    else {
      problems.push(`entry ${i}: names no file and the query has ${positives.length} positive samples`);
      return;
    }
    const id = `${file}\u0000${line}`;
    if (seen.has(id)) return;
    seen.add(id);
    pairs.push({ file, line });
  });
  return { pairs, problems };
}
