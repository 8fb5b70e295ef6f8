/**
 * Inline suppressions: `# parapet:ignore <rule-id> <reason>` (or `//`, `/* … *\/`) on the
 * block's first line, inside its body, or in the run of comment lines directly above it.
 */
const DIRECTIVE = /(?:#|\/\/|\/\*)\s*parapet:ignore\s+([A-Za-z0-9_.:-]+)(?:[ \t]+([^\n]*?))?\s*(?:\*\/\s*)?$/;
const COMMENT_LINE = /^\s*(#|\/\/|\/\*|\*)/;

/** `lines` is the file split on newlines; block lines are 1-based and inclusive. */
export function suppressionsFor(
  lines: readonly string[],
  startLine: number,
  endLine: number,
): Record<string, string> {
  const out: Record<string, string> = {};
  const read = (n: number): void => {
    const m = DIRECTIVE.exec(lines[n - 1] ?? "");
    if (m) out[m[1]!] = (m[2] ?? "").trim();
  };
  for (let n = startLine - 1; n >= 1 && COMMENT_LINE.test(lines[n - 1] ?? ""); n--) read(n);
  for (let n = startLine; n <= endLine; n++) read(n);
  return out;
}
