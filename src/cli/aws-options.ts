/** `parapet scan --aws`: the live AWS scan's options, and `--aws --permissions`. */
import type { Command } from "commander";
import type { Rule } from "../rules/rule.ts";
import type { ScanOutcome } from "../engine/scan.ts";
import { scanAws } from "../sources/aws/live-scan.ts";
import { DEFAULT_ORG_ROLE } from "../sources/aws/collect.ts";
import { permissionsPolicy } from "../sources/aws/permissions.ts";
import { UsageError } from "./args.ts";

export interface AwsFlags {
  aws?: boolean;
  regions?: string;
  org?: boolean;
  orgRole?: string;
  profile?: string;
  roleArn?: string;
  endpointUrl?: string;
  permissions?: boolean;
}

export function addAwsOptions(cmd: Command): Command {
  return cmd
    .option("--aws", "scan the live AWS account(s) the credentials reach instead of files")
    .option(
      "--regions <list>",
      "with --aws: only these regions, comma-separated (default: every enabled region)",
    )
    .option("--org", "with --aws: every account of the organization, through --org-role")
    .option(
      "--org-role <name>",
      `with --org: the read-only role assumed in each account (default ${DEFAULT_ORG_ROLE})`,
    )
    .option("--profile <name>", "with --aws: the shared config/credentials profile")
    .option("--role-arn <arn>", "with --aws: assume this role first")
    .option("--endpoint-url <url>", "with --aws: send every API call to this endpoint (an emulator)")
    .option("--permissions", "with --aws: print the read-only IAM policy the scan needs, and exit");
}

/** Prints the policy for `--aws --permissions`; exit code 0. */
export function printAwsPermissions(): number {
  process.stdout.write(JSON.stringify(permissionsPolicy(), null, 2) + "\n");
  return 0;
}

export async function scanAwsFromFlags(
  flags: AwsFlags,
  rules: Rule[],
  onProgress: (stage: string, done?: number, total?: number) => void,
): Promise<ScanOutcome> {
  if (flags.orgRole && !flags.org) throw new UsageError("--org-role needs --org");
  const regions = flags.regions
    ?.split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  if (flags.regions !== undefined && !regions?.length) throw new UsageError("--regions: no region given");
  for (const r of regions ?? []) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(r)) throw new UsageError(`--regions: "${r}" is not a region name`);
  }
  if (flags.endpointUrl !== undefined && !/^https?:\/\//.test(flags.endpointUrl)) {
    throw new UsageError(`--endpoint-url: expected http(s)://…, got "${flags.endpointUrl}"`);
  }
  return scanAws({
    rules,
    onProgress,
    ...(regions?.length ? { regions } : {}),
    ...(flags.org ? { org: true } : {}),
    ...(flags.orgRole ? { orgRole: flags.orgRole } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.roleArn ? { roleArn: flags.roleArn } : {}),
    ...(flags.endpointUrl ? { endpointUrl: flags.endpointUrl } : {}),
  });
}
