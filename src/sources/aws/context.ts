/**
 * The runtime behind `CollectContext`: SDK clients with adaptive retries and call counting,
 * a concurrency bound per (account, service, region), and failures turned into ScanErrors and
 * record gaps rather than exceptions, so one denied call never aborts the scan.
 */
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { ScanError } from "../../model/raw.ts";
import type {
  CallOptions,
  ClientConfig,
  CollectContext,
  Collector,
  Outcome,
  SdkClient,
} from "./collector.ts";
import { Limiter } from "./limiter.ts";
import type { LiveRecord } from "./record.ts";

export interface RunSettings {
  endpoint?: string;
  /** Per-service endpoint (`{ kms: "http://…" }`), over `endpoint`. */
  serviceEndpoints?: Record<string, string>;
  /** Calls in flight per account, service and region. */
  concurrency: number;
  maxAttempts: number;
}

/** Everything a run accumulates across accounts and regions. */
export class RunState {
  readonly settings: RunSettings;
  readonly records: LiveRecord[] = [];
  readonly errors: ScanError[] = [];
  /** `service:Operation` → requests sent (counted by SDK middleware, retries excluded). */
  readonly calls = new Map<string, number>();
  private readonly limiters = new Map<string, Limiter>();
  private readonly clients = new Map<string, SdkClient>();

  constructor(settings: RunSettings) {
    this.settings = settings;
  }

  limiter(key: string): Limiter {
    let l = this.limiters.get(key);
    if (!l) this.limiters.set(key, (l = new Limiter(this.settings.concurrency)));
    return l;
  }

  client<C extends SdkClient>(
    ctor: new (config: ClientConfig) => C,
    service: string,
    account: string,
    region: string,
    credentials: AwsCredentialIdentityProvider,
    verbatimEndpoint = false,
  ): C {
    const key = `${account}\u0000${ctor.name}\u0000${region}`;
    const existing = this.clients.get(key);
    if (existing) return existing as C;
    const endpoint = this.settings.serviceEndpoints?.[service] ?? this.settings.endpoint;
    const config: ClientConfig = {
      region,
      credentials,
      retryMode: "adaptive",
      maxAttempts: this.settings.maxAttempts,
      ...(endpoint ? { endpoint, forcePathStyle: true, disableHostPrefix: true } : {}),
      ...(endpoint && verbatimEndpoint ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {}),
    };
    const client = new ctor(config);
    // Every client's stack takes the same initialize-step middleware; its generic types differ per client.
    (client.middlewareStack as CountableStack).add(
      (next, context) => (args) => {
        const name = `${service}:${context.commandName ?? "unknown"}`;
        this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
        return next(args);
      },
      { step: "initialize", name: "parapetCallCounter" },
    );
    this.clients.set(key, client);
    return client;
  }

  totalCalls(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n;
  }

  close(): void {
    for (const c of this.clients.values()) c.destroy();
    this.clients.clear();
  }
}

interface CountableStack {
  add(
    mw: (
      next: (args: unknown) => Promise<unknown>,
      context: { commandName?: string },
    ) => (args: unknown) => Promise<unknown>,
    options: { step: "initialize"; name: string },
  ): void;
}

export function describeError(e: unknown): string {
  const err = e as { name?: string; message?: string; Code?: string };
  const code = err.Code ?? err.name ?? "Error";
  const message = err.message && err.message !== code ? `: ${err.message}` : "";
  return `${code}${message}`.slice(0, 500);
}

function errorCode(e: unknown): string | undefined {
  const err = e as { name?: string; Code?: string };
  return err.Code ?? err.name;
}

export function makeContext(
  state: RunState,
  collector: Collector,
  scope: {
    account: string;
    partition: string;
    region: string;
    regions: readonly string[];
    credentials: AwsCredentialIdentityProvider;
  },
): CollectContext {
  return {
    account: scope.account,
    partition: scope.partition,
    region: scope.region,
    regions: scope.regions,
    client: (ctor, region, opts) =>
      state.client(
        ctor,
        collector.service,
        scope.account,
        region ?? scope.region,
        scope.credentials,
        opts?.verbatimEndpoint,
      ),
    async call<T>(op: string, fn: () => Promise<T>, opts: CallOptions = {}): Promise<Outcome<T>> {
      const spec = collector.calls[op];
      // Every call must be declared, or `--permissions` would print a policy that denies it.
      if (!spec) throw new Error(`${collector.service} collector calls undeclared operation ${op}`);
      const region = opts.record?.region ?? scope.region;
      try {
        const value = await state
          .limiter(`${scope.account}\u0000${collector.service}\u0000${region}`)
          .run(fn);
        return { ok: true, value };
      } catch (e) {
        const code = errorCode(e);
        if (code !== undefined && opts.absent?.includes(code)) return { ok: true, value: undefined };
        const message = describeError(e);
        state.errors.push({
          source: "aws",
          call: spec.action,
          account: scope.account,
          region,
          message: `${spec.action}${opts.record ? ` on ${opts.record.arn}` : ""}: ${message}`,
        });
        if (opts.record) {
          opts.record.gaps.push({
            action: spec.action,
            message,
            paths: spec.feeds?.[opts.record.native_type] ?? [],
          });
        }
        return { ok: false, error: message };
      }
    },
    emit: (record) => {
      state.records.push(record);
    },
  };
}
