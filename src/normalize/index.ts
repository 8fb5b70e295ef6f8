import type { RawRecord, ScanError } from "../model/raw.ts";
import type { Provider, Resource } from "../model/resource.ts";
import { ResourceBuilder } from "./kit.ts";
import { isCompanion, normalizerFor } from "./registry.ts";
import { JoinIndex } from "./terraform/join.ts";
import { qualifyRefs } from "./qualify-refs.ts";
import "./providers.ts";

export interface NormalizeResult {
  resources: Resource[];
  errors: ScanError[];
}

/**
 * Normalizes every record. Records are joined only within one module instance of one file set,
 * so the index is built per (format, root, module). Native types without a normalizer still become
 * resources (type `unmodeled`) so custom policies can judge them; no built-in rule applies.
 */
export function normalize(records: readonly RawRecord[]): NormalizeResult {
  const groups = new Map<string, RawRecord[]>();
  for (const raw of records) {
    const r = qualifyRefs(raw);
    const key = `${r.format}\u0000${r.root}\u0000${r.module}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const resources: Resource[] = [];
  const errors: ScanError[] = [];
  for (const group of groups.values()) {
    const ctx = { index: new JoinIndex(group) };
    for (const record of group) {
      // Data blocks are in the join index (policy documents are resolved from them) but are not resources.
      if (record.mode !== "resource") continue;
      const n = normalizerFor(record.native_type);
      try {
        if (n) {
          const out = n.normalize(record, ctx);
          if (Array.isArray(out)) resources.push(...out);
          else if (out) resources.push(out);
        } else if (!isCompanion(record.native_type)) {
          resources.push(unmodeled(record));
        }
      } catch (e) {
        errors.push({
          source: "normalize",
          file: record.span.file,
          line: record.span.start_line,
          message: `${record.address}: ${(e as Error).message}`,
        });
      }
    }
  }
  return { resources, errors };
}

function unmodeled(record: RawRecord): Resource {
  return new ResourceBuilder(record, { provider: providerOf(record.native_type), type: "unmodeled" }).build();
}

function providerOf(nativeType: string): Provider {
  if (
    nativeType.startsWith("azurerm_") ||
    nativeType.startsWith("azuread_") ||
    nativeType.startsWith("Microsoft.")
  )
    return "azure";
  if (nativeType.startsWith("google_")) return "gcp";
  if (/^[A-Z][a-zA-Z]+$/.test(nativeType)) return "kubernetes";
  return "aws";
}
