/** Secrets Manager secrets → `secret`, with rotation and resource policy joined. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { customerManagedKey, isSet } from "./references.ts";
import { orphanPolicy, resourcePolicy } from "./resource-policy.ts";

function normalizeSecret(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "secret" });
  // Always encrypted: with the AWS-managed aws/secretsmanager key unless kms_key_id names another.
  b.set("encryption.enabled", true);
  const key = record.attrs["kms_key_id"];
  b.set("encryption.customer_managed_key", customerManagedKey(ctx.index, record, key), {
    attr: "kms_key_id",
  });
  const rotations = ctx.index.companions(record, "aws_secretsmanager_secret_rotation", "secret_id", [
    "arn",
    "name",
  ]);
  for (const r of rotations) b.join(r);
  // Provider v4 and older wrote rotation inline.
  if (rotations[0]) b.set("rotation.enabled", true, { record: rotations[0] });
  else if (isSet(record.attrs["rotation_lambda_arn"]))
    b.set("rotation.enabled", true, { attr: "rotation_lambda_arn" });
  else b.set("rotation.enabled", false);
  resourcePolicy(b, record, ctx, "policy", {
    type: "aws_secretsmanager_secret_policy",
    via: "secret_arn",
    keys: ["arn"],
  });
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_secretsmanager_secret"],
    companions: ["aws_secretsmanager_secret_rotation"],
    normalize: normalizeSecret,
  },
  orphanPolicy({
    policyType: "aws_secretsmanager_secret_policy",
    via: "secret_arn",
    primaryTypes: ["aws_secretsmanager_secret"],
    keys: ["arn"],
    type: "secret",
  }),
];
