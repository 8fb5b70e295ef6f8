/**
 * Delivering one JSON request to a notification endpoint: a timeout per attempt, retries with
 * exponential backoff on network errors, 429 and 5xx, and messages that never contain the
 * URL or credentials (a webhook URL is itself a secret): the caller names the endpoint.
 */
export interface DeliveryOptions {
  /** Names the endpoint in messages instead of its URL (`slack #alerts`, `jira`). */
  label: string;
  method?: "POST" | "GET" | "PUT";
  headers?: Record<string, string>;
  timeoutMs?: number;
  retries?: number;
  /** First backoff delay; doubled each retry. */
  backoffMs?: number;
}

export class DeliveryError extends Error {}

export interface Delivered {
  status: number;
  body: string;
}

export async function deliver(url: string, body: string | undefined, o: DeliveryOptions): Promise<Delivered> {
  const retries = o.retries ?? 3;
  const backoff = o.backoffMs ?? 500;
  let last = "";
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 1)));
    try {
      const res = await fetch(url, {
        method: o.method ?? "POST",
        headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...o.headers },
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
        redirect: "error",
      });
      const text = await res.text();
      if (res.ok) return { status: res.status, body: text };
      last = `HTTP ${res.status}`;
      // Client errors other than rate limiting will not change on a retry.
      if (res.status < 500 && res.status !== 429) break;
    } catch (e) {
      const err = e as Error;
      last =
        err.name === "TimeoutError" ? `no answer within ${o.timeoutMs ?? 10_000} ms` : "connection failed";
    }
  }
  throw new DeliveryError(`${o.label}: ${last} after ${retries + 1} attempt(s)`);
}
