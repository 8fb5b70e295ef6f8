/**
 * Finding the blocks that configure one thing together. Since AWS provider v4 an S3 bucket is
 * split across up to a dozen resources that point at it (`bucket = aws_s3_bucket.b.id`), and
 * security groups and IAM attachments are split the same way. A companion joins its primary
 * when the pointing attribute references the primary's address, or equals one of the
 * primary's identifying attribute values (the bucket name written literally).
 */
import type { RawRecord } from "../../model/raw.ts";
import { isUnknown, type Value } from "../../model/value.ts";

export class JoinIndex {
  private readonly byType = new Map<string, RawRecord[]>();

  constructor(records: readonly RawRecord[]) {
    for (const r of records) {
      const list = this.byType.get(r.native_type);
      if (list) list.push(r);
      else this.byType.set(r.native_type, [r]);
    }
  }

  ofType(nativeType: string): RawRecord[] {
    return this.byType.get(nativeType) ?? [];
  }

  /**
   * Companions of `primary` of type `nativeType` whose attribute `via` points at it.
   * `keys` are the primary's attributes that identify it by value (`bucket`, `id`, `name`).
   */
  companions(primary: RawRecord, nativeType: string, via: string, keys: readonly string[] = []): RawRecord[] {
    const literals = new Set<string>();
    for (const k of keys) {
      const v = primary.attrs[k];
      if (typeof v === "string" && v !== "") literals.add(v);
    }
    return this.ofType(nativeType).filter(
      (c) => c.module === primary.module && pointsAt(c.attrs[via], primary, literals),
    );
  }
}

/** The address of a record without its instance key: `aws_s3_bucket.b[0]` → `aws_s3_bucket.b`. */
export function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, "");
}

/**
 * Refs carry the instance address when the reference named one (`aws_s3_bucket.b[0]`), or the
 * resource's base address when it named the whole resource or collection: that joins every instance.
 */
function pointsAt(v: Value | undefined, primary: RawRecord, literals: Set<string>): boolean {
  if (v === undefined || v === null) return false;
  if (isUnknown(v))
    return v.refs.some((ref) => ref === primary.address || ref === baseAddress(primary.address));
  if (typeof v === "string") return literals.has(v);
  if (Array.isArray(v)) return v.some((x) => pointsAt(x, primary, literals));
  return false;
}
