/**
 * ELB security policies that negotiate TLS 1.2 or later only: the `TLS13-1-2`, `TLS13-1-3`,
 * `TLS-1-2` and FS-1-2 families (including their FIPS and post-quantum variants). Everything older,
 * including the default `ELBSecurityPolicy-2016-08`, still accepts TLS 1.0 or 1.1.
 */
const MODERN = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)/;

export function isModernElbPolicy(name: string): boolean {
  return MODERN.test(name);
}

/** Protocol names of a classic ELB custom policy (`Protocol-TLSv1`) older than TLS 1.2. */
export const OUTDATED_PROTOCOLS: ReadonlySet<string> = new Set(["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"]);

/**
 * Ciphers broken or without forward secrecy worth keeping: RC4, single and triple DES, NULL and
 * export-grade suites, MD5 MACs, and anonymous key exchange (no server authentication at all).
 */
const WEAK_CIPHER = /(^|[-_])(RC4|ARCFOUR|DES|3DES|DES-CBC3|NULL|EXPORT|EXP|MD5|ADH|AECDH|ANON)([-_]|$)/i;

export function isWeakCipher(name: string): boolean {
  return WEAK_CIPHER.test(name);
}
