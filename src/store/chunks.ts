/**
 * Bound parameters per statement are limited (SQLite 32766, PostgreSQL 65535): big inserts and
 * `IN` lists are split so that each statement stays well under both.
 */
const MAX_PARAMS = 30000;

export async function chunked<T>(
  items: readonly T[],
  paramsPerItem: number,
  run: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  const size = Math.max(1, Math.floor(MAX_PARAMS / paramsPerItem));
  for (let i = 0; i < items.length; i += size) await run(items.slice(i, i + size));
}
