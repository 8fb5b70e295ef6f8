/** A mistake in how the command was called: exit code 2 with the message, no stack trace. */
export class UsageError extends Error {}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parseKeyValue(v: string, flag: string): [string, string] {
  const eq = v.indexOf("=");
  if (eq <= 0) throw new UsageError(`${flag}: expected NAME=VALUE, got "${v}"`);
  return [v.slice(0, eq), v.slice(eq + 1)];
}
