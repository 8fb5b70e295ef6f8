/** IPv4 range judgements for database and cache firewall rules. */
import { admitsInternet } from "../../normalize/terraform/azure/databases.ts";

/** More addresses than one /24: the rule admits a crowd, not a known office or service. */
const WIDE = 256;

function toNumber(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip.trim());
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.some((p) => p > 255) ? undefined : parts.reduce((n, p) => n * 256 + p, 0);
}

/** True when `start`-`end` admits internet addresses and is wider than a /24. */
export function wideOpen(start: string, end: string): boolean {
  const s = toNumber(start);
  const e = toNumber(end);
  if (s === undefined || e === undefined) return false;
  return admitsInternet(start, end) === true && e - s + 1 > WIDE;
}

/** `0.0.0.0`-`0.0.0.0`: Azure's "allow access to Azure services" marker. */
export function allowsAllAzure(start: string, end: string): boolean {
  return start.trim() === "0.0.0.0" && end.trim() === "0.0.0.0";
}
