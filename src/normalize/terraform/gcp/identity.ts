/**
 * The service account a VM or GKE node runs as (`service_account` block of an instance,
 * `node_config.service_account` of a node pool), and the `runs_as` links to it.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, type Value, type ValueMap } from "../../../model/value.ts";
import type { ResourceBuilder } from "../../kit.ts";
import type { JoinIndex } from "../join.ts";
import { serviceAccountsOf, uidOf } from "./members.ts";

/** The Compute Engine default service account: `<project-number>-compute@developer.gserviceaccount.com`. */
export function isDefaultComputeAccount(email: string): boolean {
  return /-compute@developer\.gserviceaccount\.com$/.test(email) || email === "default";
}

/** Sets `identity` and `identity_default` from an email value, and links the account when declared. */
export function setIdentity(
  b: ResourceBuilder,
  record: RawRecord,
  index: JoinIndex,
  email: Value | undefined,
  attr: string,
  defaultWhenAbsent: boolean,
): void {
  if (email === undefined || email === null || email === "") {
    // The block that chose the default account (or the resource) is where the finding points.
    b.set("identity", defaultWhenAbsent ? "default" : null, defaultWhenAbsent ? { attr } : undefined);
    b.set("identity_default", defaultWhenAbsent, defaultWhenAbsent ? { attr } : undefined);
    return;
  }
  b.set("identity", email, { attr });
  if (isUnknown(email)) {
    // A reference to a declared google_service_account is a user-managed account, never the default.
    const accounts = serviceAccountsOf(email, record, index);
    b.set("identity_default", accounts.length > 0 ? false : email, { attr });
  } else b.set("identity_default", typeof email === "string" && isDefaultComputeAccount(email), { attr });
  for (const sa of serviceAccountsOf(email, record, index)) b.link("runs_as", uidOf(sa));
}

/** Scopes as written; unknown when the list is. */
export function scopesOf(sa: ValueMap | undefined): Value {
  const scopes = sa?.["scopes"];
  if (scopes === undefined || scopes === null) return [];
  return scopes;
}
