/**
 * JSON parsers recurse once per nesting level (jsonc-parser's tree, and every walk over it), so a
 * hostile `[[[[…]]]]` a million deep overflows the stack. One iterative pass over the text finds
 * such nesting first, so it is reported as an error with its line instead of failing the loader.
 */

/** Where nesting first goes deeper than `max` (1-based line), or undefined. Strings are skipped. */
export function jsonNestingTooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return line;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}
