/**
 * Environment variables whose name says they hold a credential and whose value is written in the
 * configuration (not a reference to a secret store, not empty).
 */
import { isUnknown, type ValueMap } from "../../../model/value.ts";

const SECRET_NAME = /(secret|passw(or)?d|passwd|pwd|token|api_?key|private_?key|access_?key|credential)/i;
/** Names that point at a secret rather than hold it. */
const POINTER_NAME =
  /(_arn|_name|_id|_path|_url|_uri|_file|_ssm|_param(eter)?|_ref|_version|_header|_endpoint|_ttl|_length)$/i;

export function secretLikeNames(vars: ValueMap): string[] {
  return Object.entries(vars)
    .filter(([name, value]) => {
      if (!SECRET_NAME.test(name) || POINTER_NAME.test(name)) return false;
      // A value computed from another resource (a secret version, a random password) is not written in the code.
      if (isUnknown(value) || typeof value !== "string") return false;
      return value.trim() !== "" && !value.startsWith("arn:aws:");
    })
    .map(([name]) => name);
}
