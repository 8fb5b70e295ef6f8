/**
 * ELB security policies that negotiate TLS 1.2 or later only: the `TLS13-1-2`, `TLS13-1-3`,
 * `TLS-1-2` and FS-1-2 families (including their FIPS and post-quantum variants). Everything older,
 * including the default `ELBSecurityPolicy-2016-08`, still accepts TLS 1.0 or 1.1.
 */
const MODERN = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)/;

export function isModernElbPolicy(name: string): boolean {
  return MODERN.test(name);
}
