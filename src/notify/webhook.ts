/**
 * Generic webhooks: a JSON document of the new findings and the gate verdict, signed so the
 * receiver can tell it came from this pipeline: `X-Parapet-Signature: sha256=<hex>` is the
 * HMAC-SHA256 of `<timestamp>.<body>` with the shared secret, and `X-Parapet-Timestamp` carries
 * the timestamp (seconds) so that a captured request cannot be replayed later unnoticed.
 */
import { createHmac } from "node:crypto";
import type { Finding, ScanReport } from "../engine/report-model.ts";

export interface WebhookDocument {
  event: "parapet.findings";
  scan: ScanReport["scan"];
  blocked: boolean;
  findings: Finding[];
  resolved: string[];
}

export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export function signedHeaders(
  body: string,
  secret: string | undefined,
  now = new Date(),
): Record<string, string> {
  if (secret === undefined) return {};
  const ts = String(Math.floor(now.getTime() / 1000));
  return { "x-parapet-timestamp": ts, "x-parapet-signature": signature(secret, ts, body) };
}
