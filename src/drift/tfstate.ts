/**
 * A Terraform state file (format version 4) as a reference state for drift: each managed
 * resource instance becomes a RawRecord — state attributes already have Terraform's JSON shape,
 * nested blocks as lists of objects — and goes through the same normalizers as the HCL loader,
 * so it compares key by key with a scan's resources.
 */
import { readFileSync } from "node:fs";
import type { RawRecord, ScanError } from "../model/raw.ts";
import type { Resource } from "../model/resource.ts";
import type { ValueMap } from "../model/value.ts";
import { normalize } from "../normalize/index.ts";

interface StateInstance {
  index_key?: string | number;
  attributes?: ValueMap;
}

interface StateResource {
  mode?: string;
  type?: string;
  name?: string;
  module?: string;
  instances?: StateInstance[];
}

export class StateFileError extends Error {}

/** `file` is shown in messages and becomes the resources' source file. */
export function loadTfstate(
  file: string,
  text = readFileSync(file, "utf8"),
): { resources: Resource[]; errors: ScanError[] } {
  let doc: { version?: unknown; resources?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? text.slice(0, Number(pos[1])).split("\n").length : 1;
    throw new StateFileError(`${file}:${line}: not a JSON Terraform state: ${(e as Error).message}`);
  }
  if (typeof doc !== "object" || doc === null || !Array.isArray(doc.resources)) {
    throw new StateFileError(`${file}:1: not a Terraform state file (no "resources" list)`);
  }
  if (doc.version !== 4) {
    throw new StateFileError(
      `${file}:1: Terraform state format version ${String(doc.version)} is not supported (expected 4)`,
    );
  }
  const records: RawRecord[] = [];
  const errors: ScanError[] = [];
  for (const [i, r] of (doc.resources as StateResource[]).entries()) {
    if (r.mode !== "managed") continue;
    if (typeof r.type !== "string" || typeof r.name !== "string" || !Array.isArray(r.instances)) {
      errors.push({
        source: "tfstate",
        file,
        line: 1,
        message: `resources[${i}]: missing type, name or instances`,
      });
      continue;
    }
    for (const inst of r.instances) {
      const key =
        inst.index_key === undefined
          ? ""
          : typeof inst.index_key === "number"
            ? `[${inst.index_key}]`
            : `[${JSON.stringify(inst.index_key)}]`;
      const local = `${r.type}.${r.name}${key}`;
      const attrs = inst.attributes ?? {};
      const arn = typeof attrs["arn"] === "string" ? attrs["arn"].split(":") : [];
      const region = typeof attrs["region"] === "string" ? attrs["region"] : arn[3] || undefined;
      const account = arn[4] || undefined;
      records.push({
        format: "terraform",
        native_type: r.type,
        address: r.module ? `${r.module}.${local}` : local,
        name: r.name,
        mode: "resource",
        root: file,
        module: r.module ?? "",
        span: { file, start_line: 1, end_line: 1 },
        attrs,
        attrSpans: {},
        suppressions: {},
        ...(region || account
          ? { providerConfig: { ...(region ? { region } : {}), ...(account ? { account } : {}) } }
          : {}),
      });
    }
  }
  const normalized = normalize(records);
  return { resources: normalized.resources, errors: [...errors, ...normalized.errors] };
}
