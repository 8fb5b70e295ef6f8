/**
 * Live-shape rule cases: resources built by the live normalizers from API-response-shaped
 * objects, as a collector would have produced them (`resources: () => live(BUCKET, {...})`).
 */
import type { Resource } from "../../model/resource.ts";
import { liveRecord, type LiveGap } from "../../sources/aws/record.ts";
import { normalizeLive } from "./index.ts";

export interface LiveCaseOptions {
  arn?: string;
  name?: string;
  account?: string;
  region?: string;
  tags?: Record<string, string>;
  /** Calls that failed for this record. */
  gaps?: LiveGap[];
  /** Other records normalized with it (the KMS key a bucket names), as [native type, data]. */
  with?: [string, Record<string, unknown>][];
}

/** One record of `nativeType` with API data `data`, normalized; throws if normalization reports an error. */
export function live(
  nativeType: string,
  data: Record<string, unknown>,
  opts: LiveCaseOptions = {},
): Resource[] {
  const account = opts.account ?? "111122223333";
  const region = opts.region ?? "us-east-1";
  const name = opts.name ?? String(data["Name"] ?? data["name"] ?? "example");
  const rec = liveRecord({
    native_type: nativeType,
    arn:
      opts.arn ??
      `arn:aws:test:${region}:${account}:${nativeType.replaceAll("::", "-").toLowerCase()}/${name}`,
    name,
    account,
    region,
    data,
    ...(opts.tags ? { tags: opts.tags } : {}),
  });
  rec.gaps.push(...(opts.gaps ?? []));
  const others = (opts.with ?? []).map(([type, d], i) =>
    liveRecord({
      native_type: type,
      arn: `${rec.arn}-context-${i}`,
      name: `context-${i}`,
      account,
      region,
      data: d,
    }),
  );
  const out = normalizeLive([rec, ...others]);
  if (out.errors.length) throw new Error(out.errors.map((e) => e.message).join("; "));
  return out.resources;
}
