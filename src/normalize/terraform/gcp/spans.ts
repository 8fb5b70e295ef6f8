import type { RawRecord } from "../../../model/raw.ts";
import type { Span } from "../../../model/resource.ts";
import type { ResourceBuilder } from "../../kit.ts";

/** The span of an attribute, or of the closest enclosing block written down, or of the record. */
export function spanOf(record: RawRecord, attr: string): Span {
  const parts = attr.split(".");
  for (let n = parts.length; n > 0; n--) {
    const span = record.attrSpans[parts.slice(0, n).join(".")];
    if (span) return span;
  }
  return record.span;
}

/**
 * Records where a config path inside a list came from (`rules.1` → `allow.1.ports`), for values
 * set as a whole list: `set()` on an index path would replace the list with an object.
 */
export function positionAt(b: ResourceBuilder, configPath: string, record: RawRecord, attr: string): void {
  (b.resource.positions ??= {})[configPath] = spanOf(record, attr);
}
