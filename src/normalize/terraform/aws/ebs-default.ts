/**
 * Whether EBS volumes of this configuration are encrypted when nothing says so: only when the
 * account's default encryption is turned on (`aws_ebs_encryption_by_default`) in the same module.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { asBool } from "../../kit.ts";
import type { NormalizeContext } from "../../registry.ts";

export function ebsDefaultEncrypted(record: RawRecord, ctx: NormalizeContext): Value {
  for (const r of ctx.index.ofType("aws_ebs_encryption_by_default")) {
    if (r.module !== record.module) continue;
    // `enabled` defaults to true on this resource.
    const v = asBool(r.attrs["enabled"], true);
    if (v === true || isUnknown(v)) return v;
  }
  return false;
}
