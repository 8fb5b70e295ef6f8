/** A live AWS scan through the same evaluation and report path as IaC (`finishScan`). */
import type { Rule } from "../../rules/rule.ts";
import { finishScan, type ScanOutcome } from "../../engine/scan.ts";
import { normalizeLive } from "../../normalize/aws/index.ts";
import { collectAws, type AwsCollection, type AwsScanOptions } from "./collect.ts";

export interface LiveScanOutcome extends ScanOutcome {
  collection: AwsCollection;
}

export async function scanAws(opts: AwsScanOptions & { rules: Rule[] }): Promise<LiveScanOutcome> {
  const started = new Date();
  const collection = await collectAws(opts);
  opts.onProgress?.("normalizing");
  const normalized = normalizeLive(collection.records);
  const outcome = finishScan({
    started,
    targets: collection.accounts.map((a) => `aws:${a}`),
    resources: normalized.resources,
    rules: opts.rules,
    errors: [...collection.errors, ...normalized.errors],
    nothingScanned: collection.accounts.length === 0,
    ...(opts.onProgress ? { progress: opts.onProgress } : {}),
  });
  return { ...outcome, collection };
}
