/** KMS keys, with a separate `aws_kms_key_policy` folded in. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { publicStatements, readPolicy } from "../../../rules/aws/iam-policy/index.ts";
import { asBool, asNumber, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { policyValue } from "./policy-documents.ts";

function normalizeKey(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "kms_key" });
  // Automatic rotation is off unless enable_key_rotation is set; the period defaults to 365 days.
  b.fromAttr("rotation_enabled", "enable_key_rotation", false, (v) => asBool(v, false));
  b.fromAttr("rotation_period_days", "rotation_period_in_days", 365, (v) => asNumber(v));
  // A key scheduled for deletion waits 30 days unless told otherwise.
  b.fromAttr("deletion_window_days", "deletion_window_in_days", 30, (v) => asNumber(v));
  b.fromAttr("enabled", "is_enabled", true, (v) => asBool(v, true));
  const spec = record.attrs["customer_master_key_spec"] ?? record.attrs["key_spec"];
  const usage = record.attrs["key_usage"];
  const symmetric: Value = isUnknown(spec)
    ? spec
    : isUnknown(usage)
      ? usage
      : (spec === undefined || spec === null || spec === "SYMMETRIC_DEFAULT") &&
        (usage === undefined || usage === null || usage === "ENCRYPT_DECRYPT");
  b.set(
    "symmetric",
    symmetric,
    spec !== undefined
      ? { attr: record.attrs["key_spec"] !== undefined ? "key_spec" : "customer_master_key_spec" }
      : undefined,
  );

  const separate = ctx.index.companions(record, "aws_kms_key_policy", "key_id", ["key_id"])[0];
  if (separate) b.join(separate);
  const raw = separate ? separate.attrs["policy"] : record.attrs["policy"];
  const from = separate
    ? { record: separate, attr: "policy" }
    : raw !== undefined
      ? { attr: "policy" }
      : undefined;
  // Without a policy the key gets the default key policy: the account's root principal only.
  const policy = policyValue(raw, ctx);
  b.set("policy", policy, from);
  const read = readPolicy(policy, { resourcesMayBeUnknown: true });
  b.set("public_policy", read.ok ? publicStatements(read.doc).length > 0 : unknown(read.reason), from);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_kms_key"], companions: ["aws_kms_key_policy"], normalize: normalizeKey },
];
