/** Terminal text helpers: colour only on a TTY, and every value from a scanned file made inert. */

const ESC = "\u001b[";

export function paint(enabled: boolean) {
  const wrap = (code: string) => (s: string) => (enabled ? `${ESC}${code}m${s}${ESC}0m` : s);
  return {
    bold: wrap("1"),
    dim: wrap("2"),
    red: wrap("31"),
    magenta: wrap("35"),
    yellow: wrap("33"),
    blue: wrap("34"),
    cyan: wrap("36"),
    green: wrap("32"),
    gray: wrap("90"),
  };
}

// eslint-disable-next-line no-control-regex
const NOT_INERT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Resource names, tags and messages come from attackers: strip control characters (ANSI escapes
 * that could rewrite the terminal, carriage returns that hide text), bidirectional marks that
 * reorder what is shown, and line separators, and cap the length.
 */
export function inert(s: string, max = 200): string {
  const clean = s.replace(NOT_INERT, "?");
  return clean.length > max ? clean.slice(0, max - 1) + "…" : clean;
}
