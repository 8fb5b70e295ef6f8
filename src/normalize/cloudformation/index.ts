/**
 * CloudFormation normalizers: every translated type is normalized by its Terraform twin (see
 * translate.ts). Types that only configure another resource (bucket policies, standalone
 * security group rules) are companions: joined into their primary, or judged alone when the
 * Terraform normalizer judges an orphan of that kind.
 */
import type { Normalizer } from "../registry.ts";
import { translations as compute } from "./aws/compute.ts";
import { translations as data } from "./aws/data.ts";
import { translations as identity } from "./aws/identity.ts";
import { translations as network } from "./aws/network.ts";
import { translations as storage } from "./aws/storage.ts";
import { normalizeTranslated, type Translation } from "./translate.ts";

const table: ReadonlyMap<string, Translation> = new Map(
  [...storage, ...network, ...compute, ...data, ...identity].map((t) => [t.cfn, t]),
);

export const normalizers: Normalizer[] = [...table.values()].map((t) => ({
  native_types: [t.cfn],
  normalize: (record, ctx) => normalizeTranslated(record, ctx, table),
}));
