/**
 * ARM normalizers: each Azure resource type is translated into the azurerm resource that
 * configures the same thing and normalized by its Terraform normalizer (the design of the
 * CloudFormation normalizers, see ../cloudformation/translate.ts), with ARM's own defaults written
 * where they differ from the provider's.
 */
import type { Normalizer } from "../registry.ts";
import { normalizeTranslated, type Translation } from "../cloudformation/translate.ts";
import { translations as databases } from "./azure/databases.ts";
import { translations as network } from "./azure/network.ts";
import { translations as services } from "./azure/services.ts";
import { translations as storage } from "./azure/storage.ts";

const table: ReadonlyMap<string, Translation> = new Map(
  [...storage, ...network, ...databases, ...services].map((t) => [t.cfn, t]),
);

export const normalizers: Normalizer[] = [...table.values()].map((t) => ({
  native_types: [t.cfn],
  normalize: (record, ctx) => normalizeTranslated(record, ctx, table),
}));
