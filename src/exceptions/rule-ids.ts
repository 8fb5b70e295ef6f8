/**
 * Which rule an exception names: an id no rule has would mute nothing, silently, so a typo is
 * refused with the nearest ids that do exist.
 */

export class UnknownRuleError extends Error {}

/** Throws UnknownRuleError, suggesting the closest known ids, when `id` is not among `known`. */
export function checkRuleId(id: string, known: readonly string[]): void {
  if (known.includes(id)) return;
  const near = closestIds(id, known);
  throw new UnknownRuleError(
    `no rule "${id}" (neither built in nor a custom rule of the gate config)` +
      (near.length > 0 ? `; did you mean ${near.join(", ")}?` : "; see: parapet rules"),
  );
}

/** Up to `max` ids within a few edits of `id`, or containing it, nearest first. */
export function closestIds(id: string, known: readonly string[], max = 3): string[] {
  const wanted = id.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  return known
    .map((k) => {
      const candidate = k.toLowerCase();
      // A fragment of an id ("rds-multi-az") is close to every id that contains it.
      const d = candidate.includes(wanted) ? candidate.length - wanted.length : distance(wanted, candidate);
      return { k, d, within: candidate.includes(wanted) || d <= limit };
    })
    .filter((c) => c.within)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map((c) => c.k);
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
