/**
 * Who changed a drifted AWS resource, and when: CloudTrail's LookupEvents over the interval
 * between the reference state and the current one, looked up by resource name, keeping the
 * write events (ReadOnly false). Lookups that fail leave the drift unattributed and say why;
 * they never stop the drift report.
 */
import { CloudTrailClient, LookupEventsCommand, type Event } from "@aws-sdk/client-cloudtrail";
import type { ResourceDrift } from "./diff.ts";

export interface AttributionOptions {
  /** The client for a region (tests point it at a local endpoint). */
  client: (region: string) => CloudTrailClient;
  from: Date;
  to: Date;
  /** Pages per resource at most: LookupEvents allows 2 calls per second per account and region. */
  maxPages?: number;
}

export function defaultClient(endpoint?: string): (region: string) => CloudTrailClient {
  const clients = new Map<string, CloudTrailClient>();
  return (region) => {
    let c = clients.get(region);
    if (!c) {
      c = new CloudTrailClient({ region, ...(endpoint ? { endpoint } : {}) });
      clients.set(region, c);
    }
    return c;
  };
}

/** The identity that made the call: the ARN from the event record when present, else the user name. */
function who(e: Event): string {
  try {
    const record = JSON.parse(e.CloudTrailEvent ?? "{}") as { userIdentity?: { arn?: string } };
    if (record.userIdentity?.arn) return record.userIdentity.arn;
  } catch {
    // A malformed record still has the summary fields.
  }
  return e.Username ?? "unknown";
}

/** The name CloudTrail files events under: the bucket name, the group id, the role name, … */
function lookupName(d: ResourceDrift): string {
  return d.name || d.uid.split(/[:/]/).pop() || d.uid;
}

export async function attributeDrift(drifts: ResourceDrift[], opts: AttributionOptions): Promise<string[]> {
  const notes: string[] = [];
  for (const d of drifts) {
    if (d.provider !== "aws" || d.project === null) continue;
    const region = d.region && d.region !== "global" ? d.region : "us-east-1";
    const name = lookupName(d);
    const found: NonNullable<ResourceDrift["attribution"]> = [];
    try {
      let token: string | undefined;
      let pages = 0;
      do {
        const page = await opts.client(region).send(
          new LookupEventsCommand({
            LookupAttributes: [{ AttributeKey: "ResourceName", AttributeValue: name }],
            StartTime: opts.from,
            EndTime: opts.to,
            MaxResults: 50,
            ...(token ? { NextToken: token } : {}),
          }),
        );
        for (const e of page.Events ?? []) {
          if (e.ReadOnly === "true") continue;
          found.push({
            who: who(e),
            when: (e.EventTime ?? opts.to).toISOString(),
            event: e.EventName ?? "unknown",
            ...(e.EventSource ? { source: e.EventSource } : {}),
          });
        }
        token = page.NextToken;
        pages++;
      } while (token && pages < (opts.maxPages ?? 3));
    } catch (e) {
      notes.push(`CloudTrail lookup for ${d.uid} in ${region} failed: ${(e as Error).message}`);
      continue;
    }
    if (found.length > 0) d.attribution = found.sort((a, b) => b.when.localeCompare(a.when));
  }
  return notes;
}
