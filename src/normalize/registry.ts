/**
 * Normalizers turn raw records of one native type into resources of the common model. Each
 * provider folder registers its normalizers here; companion types (joined into a primary)
 * are declared so that they are not also reported as unmodeled resources.
 */
import type { RawRecord } from "../model/raw.ts";
import type { Resource } from "../model/resource.ts";
import type { JoinIndex } from "./terraform/join.ts";

export interface NormalizeContext {
  /** Every record of the same module instance set, for joining split blocks. */
  index: JoinIndex;
}

export interface Normalizer {
  /** Native types this normalizer produces resources for (`aws_s3_bucket`, `AWS::S3::Bucket`). */
  native_types: string[];
  /** Native types it folds into its primaries; they produce no resource of their own. */
  companions?: string[];
  normalize(record: RawRecord, ctx: NormalizeContext): Resource | Resource[] | null;
}

const byType = new Map<string, Normalizer>();
const companionTypes = new Set<string>();

export function registerNormalizers(list: readonly Normalizer[]): void {
  for (const n of list) {
    for (const t of n.native_types) {
      if (byType.has(t)) throw new Error(`two normalizers for ${t}`);
      byType.set(t, n);
    }
    for (const t of n.companions ?? []) companionTypes.add(t);
  }
}

export function normalizerFor(nativeType: string): Normalizer | undefined {
  return byType.get(nativeType);
}

export function isCompanion(nativeType: string): boolean {
  return companionTypes.has(nativeType);
}
