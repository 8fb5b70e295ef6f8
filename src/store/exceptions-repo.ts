/** Risk acceptances in the store: added with a justification and an approver, never deleted. */
import { randomUUID } from "node:crypto";
import type { Store } from "./open-store.ts";
import type { RiskException } from "../exceptions/apply.ts";
import type { ExceptionsTable } from "./schema.ts";

export class ExceptionError extends Error {}

export interface NewException {
  rule_id: string;
  resources: string[];
  accounts: string[];
  tags: Record<string, string>;
  justification: string;
  approver: string;
  /** Absent: the configured default duration. */
  expires_at?: string;
}

export async function addException(
  store: Store,
  input: NewException,
  limits: { defaultMs: number; maxMs: number },
  now: Date,
): Promise<RiskException> {
  if (!input.rule_id.trim()) throw new ExceptionError("an exception names the rule it accepts");
  if (!input.justification.trim())
    throw new ExceptionError("an exception needs a justification (--justification)");
  if (!input.approver.trim()) throw new ExceptionError("an exception needs an approver (--approver)");
  if (input.resources.length === 0 && input.accounts.length === 0 && Object.keys(input.tags).length === 0) {
    throw new ExceptionError("an exception names its resource scope: --resource, --account or --tag");
  }
  const max = new Date(now.getTime() + limits.maxMs);
  let expires = new Date(now.getTime() + limits.defaultMs);
  if (input.expires_at !== undefined) {
    expires = new Date(input.expires_at);
    if (Number.isNaN(expires.getTime()))
      throw new ExceptionError(`--expires: not a date: "${input.expires_at}"`);
    if (expires <= now) throw new ExceptionError(`--expires: ${expires.toISOString()} is already past`);
    if (expires > max) {
      throw new ExceptionError(
        `--expires: ${expires.toISOString()} is beyond the maximum exception duration (${Math.round(limits.maxMs / 86400_000)} days, until ${max.toISOString()})`,
      );
    }
  }
  const row: ExceptionsTable = {
    id: randomUUID().slice(0, 8),
    rule_id: input.rule_id.trim(),
    resources: JSON.stringify(input.resources),
    accounts: JSON.stringify(input.accounts),
    tags: JSON.stringify(input.tags),
    justification: input.justification.trim(),
    approver: input.approver.trim(),
    created_at: now.toISOString(),
    expires_at: expires.toISOString(),
    revoked_at: null,
  };
  await store.write((trx) => trx.insertInto("exceptions").values(row).execute());
  return fromRow(row);
}

function fromRow(r: ExceptionsTable): RiskException {
  return {
    ...r,
    resources: JSON.parse(r.resources) as string[],
    accounts: JSON.parse(r.accounts) as string[],
    tags: JSON.parse(r.tags) as Record<string, string>,
  };
}

export async function listExceptions(store: Pick<Store, "db">): Promise<RiskException[]> {
  const rows = await store.db.selectFrom("exceptions").selectAll().orderBy("created_at").execute();
  return rows.map(fromRow);
}

/** Ends an exception now: its findings come back open at the next scan. The record stays. */
export async function expireException(store: Store, id: string, now: Date): Promise<boolean> {
  return store.write(async (trx) => {
    const r = await trx
      .updateTable("exceptions")
      .set({ revoked_at: now.toISOString() })
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  });
}
