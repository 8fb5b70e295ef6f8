/**
 * The contract of a live collector: one module per AWS service, declaring every API call it
 * makes (the IAM action, for `--permissions`) and the config paths each call feeds (so that a
 * failed call turns exactly those paths Unknown), and a `collect` that emits live records.
 */
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { LiveGap, LiveRecord } from "./record.ts";

export interface CallSpec {
  /** IAM action the call needs (`s3:GetBucketPolicy`). */
  action: string;
  /** Native type → config paths whose value comes from this call. */
  feeds?: Record<string, readonly string[]>;
}

export interface ClientConfig {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  endpoint?: string;
  retryMode: string;
  maxAttempts: number;
  /** Emulators serve buckets by path, not by virtual host, */
  forcePathStyle?: boolean;
  /** and take no account-id host prefixes (S3 Control), */
  disableHostPrefix?: boolean;
  /** which some clients' endpoint rules add anyway: those get the endpoint verbatim. */
  endpointProvider?: () => { url: URL };
}

/** What every SDK v3 client offers that the context needs (its middleware stack is typed per client). */
export interface SdkClient {
  middlewareStack: object;
  destroy(): void;
}

export type Outcome<T> = { ok: true; value: T | undefined } | { ok: false; error: string };

export interface CallOptions {
  /** The resource the call is about: a failure becomes a gap on it. */
  record?: LiveRecord;
  /** Error codes meaning "not configured" (`NoSuchBucketPolicy`): a success with no value. */
  absent?: readonly string[];
}

export interface CollectContext {
  account: string;
  partition: string;
  /** The region this run covers; the partition's home region for global services. */
  region: string;
  /** Every region of the scan, for global services that list regional things (S3 buckets). */
  regions: readonly string[];
  /** One client per class and region for this account, with adaptive retries and call counting. */
  client<C extends SdkClient>(
    ctor: new (config: ClientConfig) => C,
    region?: string,
    opts?: { verbatimEndpoint?: boolean },
  ): C;
  /**
   * Runs one declared call under this service's concurrency bound. A failure is recorded as a
   * ScanError (and as a gap on `opts.record`) and never thrown.
   */
  call<T>(op: string, fn: () => Promise<T>, opts?: CallOptions): Promise<Outcome<T>>;
  emit(record: LiveRecord): void;
}

export interface Collector {
  service: string;
  /** Global services run once per account; regional ones once per account and region. */
  global: boolean;
  /** Operation name (`GetBucketPolicy`) → what it needs and feeds. */
  calls: Record<string, CallSpec>;
  collect(ctx: CollectContext): Promise<void>;
}

/** Collects every item of every page of an SDK paginator. */
export async function allPages<P, I>(
  pages: AsyncIterable<P>,
  items: (page: P) => readonly I[] | undefined,
): Promise<I[]> {
  const out: I[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}

/** The gap a failed call leaves on a record it was not made about (a list call feeding many). */
export function gapFor(c: Collector, op: string, nativeType: string, message: string): LiveGap {
  const spec = c.calls[op];
  if (!spec) throw new Error(`${c.service} collector has no declared operation ${op}`);
  return { action: spec.action, message, paths: spec.feeds?.[nativeType] ?? [] };
}
