/**
 * Scope: which part of the estate a scan looked at, so that a finding is only resolved by a
 * scan that could have seen it.
 *
 * Every resource belongs to one scope unit:
 * - IaC: its file, `file:<path>` (the path as reported, relative to the working directory);
 * - live: its partition, `part:<provider>:<account or project>:<region or "global">`.
 *
 * A scan covers the paths it was given as targets (`path:<path>`, everything under it) and the
 * partitions it collected (`part:…`). An error taints what it touches: its file, or its
 * account/region when the source says which (`part:<source>:<account>:<region or *>`), or
 * everything (`*`) when it names neither. A finding can be resolved by a scan only when the
 * scan covers the finding's unit and no taint touches it.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Resource } from "../model/resource.ts";
import type { ScanError } from "../model/raw.ts";

export function scopeOf(resource: Pick<Resource, "provider" | "project" | "region" | "source">): string {
  if (resource.source.file !== undefined) return `file:${resource.source.file}`;
  return `part:${resource.provider}:${resource.project ?? "-"}:${resource.region ?? "global"}`;
}

/** A target as the scan's paths are reported: relative to the working directory, `/`-separated. */
export function targetPath(target: string, cwd: string): string {
  const abs = isAbsolute(target) ? target : resolve(cwd, target);
  const rel = relative(cwd, abs);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

export interface Coverage {
  covered: string[];
  tainted: string[];
}

export function coverageOf(input: {
  targets: readonly string[];
  cwd: string;
  resources: readonly Resource[];
  errors: readonly ScanError[];
  /** Partitions a live scan collected even if they held no resource. */
  partitions?: readonly string[];
}): Coverage {
  const covered = new Set<string>();
  for (const t of input.targets) covered.add(`path:${targetPath(t, input.cwd)}`);
  for (const r of input.resources) if (r.source.file === undefined) covered.add(scopeOf(r));
  for (const p of input.partitions ?? []) covered.add(p);
  const tainted = new Set<string>();
  for (const e of input.errors) {
    // A rule error concerns one (rule, resource) pair and is handled there, not as a scope taint.
    if (e.source === "rule") continue;
    if (e.file !== undefined) tainted.add(`path:${targetPath(e.file, input.cwd)}`);
    else if (e.account !== undefined) tainted.add(`part:${e.source}:${e.account}:${e.region ?? "*"}`);
    else tainted.add("*");
  }
  return { covered: [...covered].sort(), tainted: [...tainted].sort() };
}

function pathContains(parent: string, child: string): boolean {
  if (parent === child) return true;
  if (parent === ".") return !child.startsWith("../") && !isAbsolute(child);
  return child.startsWith(parent.endsWith("/") ? parent : `${parent}/`);
}

function touches(pattern: string, scope: string): boolean {
  if (pattern === "*") return true;
  if (pattern.startsWith("path:"))
    return scope.startsWith("file:") && pathContains(pattern.slice(5), scope.slice(5));
  if (pattern.endsWith(":*")) return scope.startsWith(pattern.slice(0, -1));
  return pattern === scope;
}

/** True when a scan with this coverage saw the whole unit without error, so absence means gone. */
export function resolvable(scope: string, coverage: Coverage): boolean {
  return coverage.covered.some((c) => touches(c, scope)) && !coverage.tainted.some((t) => touches(t, scope));
}

/** The canonical key of what a scan was asked to look at, grouping comparable scans in history and baselines. */
export function scopeKey(targets: readonly string[], cwd: string): string {
  return [...new Set(targets.map((t) => targetPath(t, cwd)))].sort().join(",") || ".";
}
