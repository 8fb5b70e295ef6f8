/**
 * Oldest language versions App Service still supports, per stack (App Service language support
 * policy, 2025). Older versions are end of life upstream and get no security fixes.
 */
import { isValueMap, type Value } from "../../model/value.ts";

const MINIMUM: Record<string, number[]> = {
  php: [8, 2],
  python: [3, 9],
  java: [11],
  node: [18],
};

function parse(v: string): number[] {
  return (/\d+(?:\.\d+)*/.exec(v)?.[0] ?? "").split(".").filter(Boolean).map(Number);
}

function below(version: number[], min: number[]): boolean {
  for (let i = 0; i < min.length; i++) {
    const a = version[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a < b;
  }
  return false;
}

/** `php 7.4`-style descriptions of the configured versions that are past end of life. */
export function outdated(runtimes: Value): string[] {
  if (!isValueMap(runtimes)) return [];
  const out: string[] = [];
  for (const [lang, raw] of Object.entries(runtimes)) {
    const min = MINIMUM[lang];
    if (!min || typeof raw !== "string") continue;
    const version = parse(raw);
    if (version.length > 0 && below(version, min)) out.push(`${lang} ${raw}`);
  }
  return out;
}
