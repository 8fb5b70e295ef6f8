/**
 * The rule-to-query mapping files, `eval/kics-mapping/<platform>.tsv`: one line per mapped query,
 * `<query folder>\t<rule id>[,<rule id>...]`. Blank lines and lines starting with `#` are ignored.
 * A query is mapped to the Parapet rules that judge the same concern; a query no rule judges is
 * left out (it counts in the unmapped remainder).
 */

export interface MappingLine {
  rules: string[];
  /** 1-based line in the mapping file, for messages. */
  line: number;
}

export interface Mapping {
  /** Query folder → the rules mapped to it. */
  queries: Map<string, MappingLine>;
  /** `file:line: what is wrong`. */
  problems: string[];
}

const ID = /^[A-Za-z0-9_.+-]+$/;

export function parseMapping(text: string, file: string): Mapping {
  const queries = new Map<string, MappingLine>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const where = `${file}:${line}`;
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) return;
    const cols = raw.split("\t");
    if (cols.length !== 2) {
      problems.push(
        `${where}: expected "<query folder><TAB><rule id>[,<rule id>...]", found ${cols.length} column(s)`,
      );
      return;
    }
    const query = (cols[0] as string).trim();
    const rules = (cols[1] as string)
      .split(",")
      .map((r) => r.trim())
      .filter((r) => r !== "");
    if (!ID.test(query)) {
      problems.push(`${where}: "${query}" is not a query folder name`);
      return;
    }
    const bad = rules.filter((r) => !ID.test(r));
    if (rules.length === 0 || bad.length > 0) {
      problems.push(`${where}: no valid rule id${bad.length ? ` (${bad.join(", ")})` : ""}`);
      return;
    }
    const previous = queries.get(query);
    if (previous) {
      problems.push(
        `${where}: ${query} is already mapped on line ${previous.line}: list all its rules on one line`,
      );
      return;
    }
    queries.set(query, { rules: [...new Set(rules)], line });
  });
  return { queries, problems };
}

/**
 * Drops what names an unknown query or rule, with a problem for each: a typo must not pass for
 * a mapped query that simply never hits.
 */
export function checkMapping(
  mapping: Mapping,
  file: string,
  knownQueries: ReadonlySet<string>,
  knownRules: ReadonlySet<string>,
): Mapping {
  const queries = new Map<string, MappingLine>();
  const problems = [...mapping.problems];
  for (const [query, m] of mapping.queries) {
    if (!knownQueries.has(query)) {
      problems.push(`${file}:${m.line}: no query folder ${query} in the corpus`);
      continue;
    }
    const unknown = m.rules.filter((r) => !knownRules.has(r));
    for (const r of unknown) problems.push(`${file}:${m.line}: no built-in rule ${r}`);
    const rules = m.rules.filter((r) => knownRules.has(r));
    if (rules.length > 0) queries.set(query, { rules, line: m.line });
  }
  return { queries, problems };
}
