/**
 * What a live scan covers: the caller's account or, with `--org`, every active account of the
 * organization reached through a named read-only role; and the enabled regions of each, or
 * the `--regions` given. These calls are declared like a collector's so that `--permissions`
 * lists them too.
 */
import { DescribeRegionsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { OrganizationsClient, paginateListAccounts } from "@aws-sdk/client-organizations";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from "@aws-sdk/credential-providers";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import type { ScanError } from "../../model/raw.ts";
import type { CallSpec } from "./collector.ts";
import { describeError } from "./context.ts";

export const SCOPE_CALLS: Record<string, CallSpec> = {
  GetCallerIdentity: { action: "sts:GetCallerIdentity" },
  AssumeRole: { action: "sts:AssumeRole" },
  ListAccounts: { action: "organizations:ListAccounts" },
  DescribeRegions: { action: "ec2:DescribeRegions" },
};

export interface Credentials {
  profile?: string;
  roleArn?: string;
  /** Given directly (tests, embedding); otherwise the SDK's default chain or `profile`. */
  provider?: AwsCredentialIdentityProvider;
  endpoint?: string;
  /** Where STS, Organizations and DescribeRegions are asked. */
  homeRegion: string;
}

export interface AccountScope {
  account: string;
  partition: string;
  credentials: AwsCredentialIdentityProvider;
}

function clientConfig(c: Credentials, credentials: AwsCredentialIdentityProvider) {
  return {
    region: c.homeRegion,
    credentials,
    retryMode: "adaptive",
    maxAttempts: 5,
    ...(c.endpoint ? { endpoint: c.endpoint } : {}),
  };
}

export function baseCredentials(c: Credentials): AwsCredentialIdentityProvider {
  const base = c.provider ?? (c.profile ? fromIni({ profile: c.profile }) : fromNodeProviderChain());
  if (!c.roleArn) return base;
  return assumeRole(c, base, c.roleArn);
}

function assumeRole(
  c: Credentials,
  master: AwsCredentialIdentityProvider,
  roleArn: string,
): AwsCredentialIdentityProvider {
  return fromTemporaryCredentials({
    params: { RoleArn: roleArn, RoleSessionName: "parapet-scan", DurationSeconds: 3600 },
    masterCredentials: master,
    clientConfig: { region: c.homeRegion, ...(c.endpoint ? { endpoint: c.endpoint } : {}) },
  });
}

/** The account and partition the credentials belong to; throws when they do not work at all. */
export async function whoAmI(
  c: Credentials,
  credentials: AwsCredentialIdentityProvider,
): Promise<AccountScope> {
  const sts = new STSClient(clientConfig(c, credentials));
  try {
    const me = await sts.send(new GetCallerIdentityCommand({}));
    const partition = me.Arn?.split(":")[1] ?? "aws";
    if (!me.Account) throw new Error("sts:GetCallerIdentity returned no account");
    return { account: me.Account, partition, credentials };
  } finally {
    sts.destroy();
  }
}

/**
 * Every active account of the organization, each with credentials of `role` assumed in it
 * (the caller's own account keeps the caller's credentials). An account whose role cannot be
 * assumed is reported and left out; the others are scanned.
 */
export async function organizationAccounts(
  c: Credentials,
  caller: AccountScope,
  role: string,
  errors: ScanError[],
): Promise<AccountScope[]> {
  const org = new OrganizationsClient(clientConfig(c, caller.credentials));
  let listed: { Id?: string; Status?: string; State?: string }[] = [];
  try {
    for await (const page of paginateListAccounts({ client: org }, {})) listed.push(...(page.Accounts ?? []));
  } catch (e) {
    errors.push({
      source: "aws",
      call: "organizations:ListAccounts",
      account: caller.account,
      region: c.homeRegion,
      message: `organizations:ListAccounts: ${describeError(e)}; scanning only account ${caller.account}`,
    });
    return [caller];
  } finally {
    org.destroy();
  }
  listed = listed.filter((a) => a.Id && (a.State ?? a.Status ?? "ACTIVE") === "ACTIVE");
  const out: AccountScope[] = [];
  for (const a of listed) {
    const id = a.Id!;
    if (id === caller.account) {
      out.push(caller);
      continue;
    }
    const roleArn = `arn:${caller.partition}:iam::${id}:role/${role}`;
    try {
      const scope = await whoAmI(c, assumeRole(c, caller.credentials, roleArn));
      out.push({ ...scope, account: id });
    } catch (e) {
      errors.push({
        source: "aws",
        call: "sts:AssumeRole",
        account: id,
        region: c.homeRegion,
        message: `sts:AssumeRole ${roleArn}: ${describeError(e)}; account ${id} not scanned`,
      });
    }
  }
  return out;
}

/** The regions enabled for the account, or the home region alone when they cannot be listed. */
export async function enabledRegions(
  c: Credentials,
  scope: AccountScope,
  errors: ScanError[],
): Promise<string[]> {
  const ec2 = new EC2Client(clientConfig(c, scope.credentials));
  try {
    const out = await ec2.send(new DescribeRegionsCommand({ AllRegions: false }));
    const names = (out.Regions ?? [])
      .filter((r) => r.OptInStatus !== "not-opted-in")
      .map((r) => r.RegionName)
      .filter((n): n is string => !!n)
      .sort();
    return names.length ? names : [c.homeRegion];
  } catch (e) {
    errors.push({
      source: "aws",
      call: "ec2:DescribeRegions",
      account: scope.account,
      region: c.homeRegion,
      message: `ec2:DescribeRegions: ${describeError(e)}; scanning only ${c.homeRegion}`,
    });
    return [c.homeRegion];
  } finally {
    ec2.destroy();
  }
}
