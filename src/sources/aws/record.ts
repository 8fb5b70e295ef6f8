/**
 * What a live AWS collector hands to normalization: one resource as the APIs described it,
 * with the calls about it that failed. Normalizers turn the failures into Unknown values at
 * the config paths those calls feed, so that rules report them unknown instead of passing.
 */
export interface LiveGap {
  /** The IAM action of the call that failed (`s3:GetBucketPolicy`). */
  action: string;
  message: string;
  /** Config paths the call feeds for this record's native type. */
  paths: readonly string[];
}

export interface LiveRecord<D = Record<string, unknown>> {
  /** CloudFormation's name for the type (`AWS::S3::Bucket`): the vocabulary AWS Config uses too. */
  native_type: string;
  arn: string;
  name: string;
  account: string;
  /** `global` for account-wide services (IAM). */
  region: string;
  /** API response fields, merged from every call about the resource. */
  data: D;
  tags: Record<string, string>;
  gaps: LiveGap[];
}

export function liveRecord<D>(
  init: Pick<LiveRecord<D>, "native_type" | "arn" | "name" | "account" | "region" | "data"> & {
    tags?: Record<string, string>;
  },
): LiveRecord<D> {
  return { ...init, tags: init.tags ?? {}, gaps: [] };
}

/** AWS's tag list shape (`[{Key, Value}]`) as a flat map. */
export function tagMap(
  list: readonly { Key?: string; Value?: string }[] | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of list ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? "";
  return out;
}
