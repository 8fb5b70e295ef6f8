/**
 * Runs every collector over every account and region of the scope. Work is spread over a
 * bounded number of (account, region, service) tasks; a task that fails is reported and the
 * others go on, so one broken region, account or call never aborts the scan.
 */
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { ScanError } from "../../model/raw.ts";
import type { Collector } from "./collector.ts";
import { COLLECTORS } from "./collectors.ts";
import { RunState, describeError, makeContext } from "./context.ts";
import { mapBounded } from "./limiter.ts";
import type { LiveRecord } from "./record.ts";
import {
  baseCredentials,
  enabledRegions,
  organizationAccounts,
  whoAmI,
  type AccountScope,
  type Credentials,
} from "./scope.ts";

export interface AwsScanOptions {
  /** Regions to scan; default: every region enabled for each account. */
  regions?: string[];
  /** Scan every account of the organization through `orgRole`. */
  org?: boolean;
  orgRole?: string;
  profile?: string;
  roleArn?: string;
  endpointUrl?: string;
  /** Per-service endpoints (`{ kms: url }`), over `endpointUrl`. */
  serviceEndpoints?: Record<string, string>;
  credentials?: AwsCredentialIdentityProvider;
  /** Only these services (`s3`, `ec2`, …); default all. */
  services?: string[];
  /** Calls in flight per account, service and region. */
  concurrency?: number;
  /** (account, region, service) tasks in flight. */
  parallelTasks?: number;
  onProgress?: (stage: string, done?: number, total?: number) => void;
}

export interface AwsCollection {
  records: LiveRecord[];
  errors: ScanError[];
  accounts: string[];
  regions: string[];
  /** `service:Operation` → requests sent. */
  calls: Record<string, number>;
}

export const DEFAULT_ORG_ROLE = "OrganizationAccountAccessRole";

export async function collectAws(opts: AwsScanOptions): Promise<AwsCollection> {
  const progress = opts.onProgress ?? (() => {});
  const homeRegion =
    opts.regions?.[0] ?? process.env["AWS_REGION"] ?? process.env["AWS_DEFAULT_REGION"] ?? "us-east-1";
  const creds: Credentials = {
    homeRegion,
    ...(opts.profile ? { profile: opts.profile } : {}),
    ...(opts.roleArn ? { roleArn: opts.roleArn } : {}),
    ...(opts.credentials ? { provider: opts.credentials } : {}),
    ...(opts.endpointUrl ? { endpoint: opts.endpointUrl } : {}),
  };
  const errors: ScanError[] = [];
  const empty = (): AwsCollection => ({ records: [], errors, accounts: [], regions: [], calls: {} });
  progress("aws: checking credentials");
  let caller: AccountScope;
  try {
    caller = await whoAmI(creds, baseCredentials(creds));
  } catch (e) {
    errors.push({
      source: "aws",
      call: "sts:GetCallerIdentity",
      region: homeRegion,
      message: `credentials do not work: ${describeError(e)}`,
    });
    return empty();
  }
  const accounts = opts.org
    ? await organizationAccounts(creds, caller, opts.orgRole ?? DEFAULT_ORG_ROLE, errors)
    : [caller];
  const collectors = selectCollectors(opts.services);
  const state = new RunState({
    ...(opts.endpointUrl ? { endpoint: opts.endpointUrl } : {}),
    ...(opts.serviceEndpoints ? { serviceEndpoints: opts.serviceEndpoints } : {}),
    concurrency: opts.concurrency ?? 8,
    maxAttempts: 5,
  });
  state.errors.push(...errors);
  const tasks: { scope: AccountScope; region: string; regions: string[]; collector: Collector }[] = [];
  const allRegions = new Set<string>();
  for (const scope of accounts) {
    progress(`aws: listing regions of ${scope.account}`);
    const regions = opts.regions?.length ? opts.regions : await enabledRegions(creds, scope, state.errors);
    for (const r of regions) allRegions.add(r);
    for (const collector of collectors) {
      if (collector.global) tasks.push({ scope, region: homeRegion, regions, collector });
      else for (const region of regions) tasks.push({ scope, region, regions, collector });
    }
  }
  let done = 0;
  progress("aws: collecting", 0, tasks.length);
  try {
    await mapBounded(tasks, opts.parallelTasks ?? 6, async (t) => {
      const ctx = makeContext(state, t.collector, {
        account: t.scope.account,
        partition: t.scope.partition,
        region: t.region,
        regions: t.regions,
        credentials: t.scope.credentials,
      });
      try {
        await t.collector.collect(ctx);
      } catch (e) {
        state.errors.push({
          source: "aws",
          account: t.scope.account,
          region: t.region,
          message: `${t.collector.service} collector failed: ${describeError(e)}`,
        });
      }
      done++;
      progress(`aws: ${t.scope.account} ${t.region} ${t.collector.service}`, done, tasks.length);
    });
  } finally {
    state.close();
  }
  return {
    records: state.records,
    errors: state.errors,
    accounts: accounts.map((a) => a.account),
    regions: [...allRegions].sort(),
    calls: Object.fromEntries([...state.calls].sort(([a], [b]) => a.localeCompare(b))),
  };
}

function selectCollectors(services: string[] | undefined): Collector[] {
  if (!services?.length) return COLLECTORS;
  const known = new Set(COLLECTORS.map((c) => c.service));
  const unknownServices = services.filter((s) => !known.has(s));
  if (unknownServices.length) {
    throw new Error(`unknown AWS service ${unknownServices.join(", ")} (known: ${[...known].join(", ")})`);
  }
  return COLLECTORS.filter((c) => services.includes(c.service));
}
