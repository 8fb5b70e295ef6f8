/**
 * CloudFormation resources are normalized by translation: each resource's properties are
 * rewritten into the attributes of the Terraform resource that configures the same thing, and
 * the Terraform normalizer of that type builds the resource. One normalizer per concern means
 * the provider defaults, config keys and joins are the same whichever format a team ships;
 * only the translation tables here know CloudFormation's property names.
 *
 * A translated record keeps the CloudFormation record's address (its logical id), file, spans
 * (mapped onto the translated attribute paths) and format, so uids, finding locations and
 * references (`Unknown` refs are logical ids) line up.
 */
import type { RawRecord } from "../../model/raw.ts";
import type { Resource, Span } from "../../model/resource.ts";
import { getPath, isValueMap, Unknown, type Value, type ValueMap } from "../../model/value.ts";
import { normalizerFor, type NormalizeContext } from "../registry.ts";
import { JoinIndex } from "../terraform/join.ts";

/** Builds the attributes of one translated record. */
export class Tf {
  readonly attrs: ValueMap = {};
  readonly spans: Record<string, Span> = {};
  readonly src: RawRecord;
  /** The template's other records, for properties that live on a neighbour (a launch template). */
  readonly index: JoinIndex;

  constructor(src: RawRecord, index: JoinIndex) {
    this.src = src;
    this.index = index;
  }

  /** A CloudFormation property (`VersioningConfiguration.Status`); undefined when not written. */
  get(cfnPath: string): Value | undefined {
    const v = getPath(this.src.attrs, cfnPath);
    return v === null ? undefined : v;
  }

  /** Sets a Terraform attribute path (`versioning.0.enabled`), placed where `cfnPath` is written. */
  put(tfPath: string, v: Value | undefined, cfnPath?: string): this {
    if (v === undefined) return this;
    setDeep(this.attrs, tfPath.split("."), v);
    const span = cfnPath !== undefined ? this.spanOf(cfnPath) : undefined;
    if (span) this.spans[tfPath] = span;
    return this;
  }

  /** Copies a property when written, optionally mapping known values. */
  copy(tfPath: string, cfnPath: string, map: (v: Value) => Value = (v) => v): this {
    const v = this.get(cfnPath);
    if (v === undefined) return this;
    return this.put(tfPath, v instanceof Unknown ? v : map(v), cfnPath);
  }

  /** Copies a list property element by element through `each(element path, tf element path)`. */
  each(cfnPath: string, tfPath: string, each: (cfn: string, tf: string) => void): this {
    const list = this.get(cfnPath);
    if (!Array.isArray(list)) return this;
    list.forEach((_, i) => {
      this.put(`${tfPath}.${i}`, {}, `${cfnPath}.${i}`);
      each(`${cfnPath}.${i}`, `${tfPath}.${i}`);
    });
    return this;
  }

  /** A reference to this resource, as a companion's pointing attribute carries it. */
  self(): Unknown {
    return new Unknown(`${this.src.address} is known after deployment`, [this.src.address]);
  }

  /** The span of the deepest written prefix of a property path. */
  spanOf(cfnPath: string): Span | undefined {
    const parts = cfnPath.split(".");
    for (let n = parts.length; n > 0; n--) {
      const s = this.src.attrSpans[parts.slice(0, n).join(".")];
      if (s) return s;
    }
    return undefined;
  }
}

function setDeep(target: ValueMap | Value[], parts: string[], v: Value): void {
  const [head, ...rest] = parts as [string, ...string[]];
  const key: string | number = Array.isArray(target) ? Number(head) : head;
  if (rest.length === 0) {
    (target as Record<string | number, Value>)[key] = v;
    return;
  }
  const cur = (target as Record<string | number, Value>)[key];
  const wantsList = /^\d+$/.test(rest[0]!);
  const next = wantsList ? (Array.isArray(cur) ? cur : []) : isValueMap(cur) ? cur : {};
  (target as Record<string | number, Value>)[key] = next;
  setDeep(next, rest, v);
}

/** One CloudFormation type's translation into Terraform records. */
export interface Translation {
  cfn: string;
  /**
   * The records a CloudFormation resource stands for: the primary first, then any settings
   * Terraform writes as separate blocks (a bucket's public access block), with their own type.
   */
  translate(
    t: Tf,
  ): { tf: string; attrs: ValueMap; spans: Record<string, Span>; span?: Span; suffix?: string }[];
  /** Joined into another resource; produces none of its own unless the Terraform normalizer says so. */
  companion?: boolean;
}

/** The common single-record case. */
export function single(cfn: string, tf: string, fill: (t: Tf) => void, companion = false): Translation {
  return {
    cfn,
    companion,
    translate: (t) => {
      fill(t);
      return [{ tf, attrs: t.attrs, spans: t.spans }];
    },
  };
}

/** Tags as CloudFormation writes them (`[{Key, Value}]`) → a map. */
export function tagsOf(t: Tf, cfnPath = "Tags"): void {
  const list = t.get(cfnPath);
  if (!Array.isArray(list)) return;
  const out: ValueMap = {};
  for (const x of list) if (isValueMap(x) && typeof x["Key"] === "string") out[x["Key"]] = x["Value"] ?? "";
  t.put("tags", out, cfnPath);
}

/** Wraps a single value in a list, as Terraform's list attributes hold what CloudFormation writes once. */
export function listOf(v: Value | undefined): Value | undefined {
  if (v === undefined) return undefined;
  return Array.isArray(v) || v instanceof Unknown ? v : [v];
}

// ---- the translated view of one template

interface TranslatedGroup {
  ctx: NormalizeContext;
  /** Logical id → the records it was translated into, primary first. */
  byId: Map<string, RawRecord[]>;
  /** Logical id → the CloudFormation record itself. */
  original: Map<string, RawRecord>;
}

const groups = new WeakMap<JoinIndex, TranslatedGroup>();

function translatedGroup(ctx: NormalizeContext, table: ReadonlyMap<string, Translation>): TranslatedGroup {
  const cached = groups.get(ctx.index);
  if (cached) return cached;
  const byId = new Map<string, RawRecord[]>();
  const original = new Map<string, RawRecord>();
  const all: RawRecord[] = [];
  for (const [cfn, tr] of table) {
    for (const rec of ctx.index.ofType(cfn)) {
      const made = tr.translate(new Tf(rec, ctx.index)).map((x, i) => ({
        ...rec,
        native_type: x.tf,
        address: i === 0 ? rec.address : `${rec.address}${x.suffix ?? `#${i}`}`,
        attrs: x.attrs,
        attrSpans: x.spans,
        span: x.span ?? rec.span,
      }));
      byId.set(rec.address, made);
      original.set(rec.address, rec);
      all.push(...made);
    }
  }
  const group = { ctx: { index: new JoinIndex(all) }, byId, original };
  groups.set(ctx.index, group);
  return group;
}

/** Normalizes a CloudFormation record through the Terraform normalizer of its translation. */
export function normalizeTranslated(
  record: RawRecord,
  ctx: NormalizeContext,
  table: ReadonlyMap<string, Translation>,
): Resource | Resource[] | null {
  const group = translatedGroup(ctx, table);
  const made = group.byId.get(record.address) ?? [];
  const out: Resource[] = [];
  const translation = table.get(record.native_type);
  // A companion may stand for several Terraform blocks (an IAM::Policy on roles and users): the
  // first that is not joined into an identity here becomes the resource. A primary is its first record.
  const candidates = translation?.companion ? made : made.slice(0, 1);
  for (const tr of candidates) {
    const n = normalizerFor(tr.native_type);
    if (!n) continue;
    const r = n.normalize(tr, group.ctx);
    for (const res of Array.isArray(r) ? r : r ? [r] : []) out.push(restore(res, record, group));
    if (out.length > 0) break; // one resource per logical id
  }
  return out.length === 0 ? null : out.length === 1 ? out[0]! : out;
}

/** Gives the resource back its CloudFormation identity: native type, raw properties, parts. */
function restore(res: Resource, record: RawRecord, group: TranslatedGroup): Resource {
  res.native_type = record.native_type;
  res.raw = record.attrs;
  res.uid = `${record.span.file}#${record.address}`;
  res.source = { ...res.source, kind: record.format, address: record.address };
  if (res.parts) {
    res.parts = res.parts.flatMap((p) => {
      const id = p.address.split("#")[0]!;
      if (id === record.address) return []; // a setting written on the resource itself
      const cfn = group.original.get(id);
      return cfn ? [{ native_type: cfn.native_type, address: id, raw: cfn.attrs, span: cfn.span }] : [p];
    });
  }
  return res;
}
