/**
 * IAM policy documents as Terraform writes them: a JSON string (`jsonencode(...)`, a heredoc,
 * `file(...)`), or a reference to an `aws_iam_policy_document` data block, whose statement blocks
 * are turned here into the same AWS JSON shape. Any AWS normalizer with a policy argument uses it.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, isValueMap, unknown, type Value, type ValueMap } from "../../../model/value.ts";
import { blocks, parsePolicy } from "../../kit.ts";
import type { NormalizeContext } from "../../registry.ts";
import { baseAddress } from "../join.ts";

const DOCUMENT_TYPE = "aws_iam_policy_document";

/** The parsed document a policy argument holds, resolving `data.aws_iam_policy_document.x.json`. */
export function policyValue(v: Value | undefined, ctx: NormalizeContext, depth = 0): Value {
  if (isUnknown(v)) {
    const data = dataDocument(v.refs, ctx);
    return data ? documentFromData(data, ctx, depth) : v;
  }
  return parsePolicy(v);
}

function dataDocument(refs: readonly string[], ctx: NormalizeContext): RawRecord | undefined {
  const wanted = refs.map(baseAddress).filter((r) => r.includes(`${DOCUMENT_TYPE}.`));
  if (wanted.length === 0) return undefined;
  return ctx.index.ofType(DOCUMENT_TYPE).find((d) => {
    const addr = baseAddress(d.address);
    return wanted.some((w) => w === addr || w === `data.${addr}` || addr === `data.${w}`);
  });
}

/** Builds `{Version, Statement: [...]}` from the data block's `statement` blocks. */
export function documentFromData(record: RawRecord, ctx: NormalizeContext, depth = 0): Value {
  const statements: Value[] = [];
  // source_policy_documents come first; statements with the same sid in this block replace them.
  if (depth < 4) {
    const sources = record.attrs["source_policy_documents"] ?? record.attrs["source_json"];
    for (const src of Array.isArray(sources) ? sources : sources === undefined ? [] : [sources]) {
      const doc = policyValue(src as Value, ctx, depth + 1);
      if (isUnknown(doc)) return doc;
      if (isValueMap(doc)) {
        const st = doc["Statement"];
        if (Array.isArray(st)) statements.push(...st);
        else if (st !== undefined && st !== null) statements.push(st);
      }
    }
  }
  for (const s of blocks(record.attrs, "statement")) {
    const st = statementFromBlock(s);
    const sid = st["Sid"];
    const same =
      typeof sid === "string" ? statements.findIndex((x) => isValueMap(x) && x["Sid"] === sid) : -1;
    if (same >= 0) statements[same] = st;
    else statements.push(st);
  }
  return { Version: "2012-10-17", Statement: statements };
}

function statementFromBlock(s: ValueMap): ValueMap {
  const out: ValueMap = {};
  if (typeof s["sid"] === "string" && s["sid"] !== "") out["Sid"] = s["sid"];
  // `effect` defaults to Allow in the data source.
  out["Effect"] = s["effect"] ?? "Allow";
  for (const [attr, key] of [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"],
  ] as const) {
    const v = s[attr];
    if (v !== undefined && v !== null) out[key] = v;
  }
  for (const [attr, key] of [
    ["principals", "Principal"],
    ["not_principals", "NotPrincipal"],
  ] as const) {
    const list = blocks(s, attr);
    if (list.length === 0) continue;
    const map: ValueMap = {};
    for (const p of list) {
      const type = p["type"];
      if (typeof type !== "string") return { Effect: unknown("principal type is not known") };
      const ids = p["identifiers"];
      const prev = map[type];
      const add = Array.isArray(ids) ? ids : ids === undefined || ids === null ? [] : [ids];
      map[type] = [...(Array.isArray(prev) ? prev : []), ...add];
    }
    // `type = "*"` with identifiers ["*"] is how the data source writes `"Principal": "*"`.
    out[key] = map["*"] !== undefined ? "*" : map;
  }
  const conditions = blocks(s, "condition");
  if (conditions.length > 0) {
    const cond: ValueMap = {};
    for (const c of conditions) {
      const test = c["test"];
      const variable = c["variable"];
      if (typeof test !== "string" || typeof variable !== "string") {
        return { ...out, Condition: unknown("condition test or variable is not known") };
      }
      const byOp = isValueMap(cond[test]) ? (cond[test] as ValueMap) : {};
      byOp[variable] = c["values"] ?? [];
      cond[test] = byOp;
    }
    out["Condition"] = cond;
  }
  return out;
}
