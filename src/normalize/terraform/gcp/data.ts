/** BigQuery datasets and tables → `analytics_dataset` / `analytics_table`, Pub/Sub topics → `topic`. */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, type Value, type ValueMap } from "../../../model/value.ts";
import { block, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer, NormalizeContext } from "../../registry.ts";
import { anyPublic, bindingMembers, membersOf, policyBindings, PUBLIC_MEMBERS } from "./members.ts";

/** First public grant among companion IAM records (member/members/policy_data), else undecided, else none. */
function publicGrant(
  grants: RawRecord[],
  ctx: NormalizeContext,
): { value: Value; record?: RawRecord; attr?: string } {
  const decided = grants.map((g) => {
    if (g.native_type.endsWith("_iam_policy")) {
      const bd = policyBindings(g.attrs["policy_data"], ctx.index, g);
      return { g, attr: "policy_data", v: isUnknown(bd) ? bd : anyPublic(bindingMembers(bd)) };
    }
    const m = membersOf(g.attrs);
    return {
      g,
      attr: g.attrs["member"] !== undefined ? "member" : "members",
      v: isUnknown(m) ? m : anyPublic(m),
    };
  });
  const hit = decided.find((d) => d.v === true) ?? decided.find((d) => isUnknown(d.v));
  return hit ? { value: hit.v, record: hit.g, attr: hit.attr } : { value: false };
}

/** A dataset `access` entry open to everyone: `special_group = "allAuthenticatedUsers"` or `iam_member = "allUsers"`. */
function accessPublic(entry: ValueMap): Value {
  for (const k of ["special_group", "iam_member"]) {
    const v = entry[k];
    if (isUnknown(v)) return v;
    if (typeof v === "string" && PUBLIC_MEMBERS.has(v)) return true;
  }
  return false;
}

function setCmek(b: ResourceBuilder, record: RawRecord, blockName: string): void {
  // BigQuery and Pub/Sub encrypt at rest with Google-managed keys unless a Cloud KMS key is named.
  b.set("encryption.enabled", true);
  const kms = blockName ? block(record.attrs, blockName)?.["kms_key_name"] : record.attrs["kms_key_name"];
  const attr = blockName ? `${blockName}.0.kms_key_name` : "kms_key_name";
  b.set(
    "encryption.customer_managed_key",
    kms !== undefined && kms !== null && kms !== "",
    kms !== undefined ? { attr } : undefined,
  );
  b.set("encryption.key_id", kms ?? null);
}

function normalizeDataset(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, {
    provider: "gcp",
    type: "analytics_dataset",
    name: String(record.attrs["dataset_id"] ?? record.name),
  });
  const iam = [
    "google_bigquery_dataset_iam_member",
    "google_bigquery_dataset_iam_binding",
    "google_bigquery_dataset_iam_policy",
  ].flatMap((t) => ctx.index.companions(record, t, "dataset_id", ["dataset_id"]));
  const accessRes = ctx.index.companions(record, "google_bigquery_dataset_access", "dataset_id", [
    "dataset_id",
  ]);
  for (const c of [...iam, ...accessRes]) b.join(c);
  const inline = blocks(record.attrs, "access").map((e, i) => ({
    v: accessPublic(e),
    record,
    attr: `access.${i}.${e["special_group"] !== undefined ? "special_group" : "iam_member"}`,
  }));
  const separate = accessRes.map((r) => ({
    v: accessPublic(r.attrs),
    record: r,
    attr: r.attrs["special_group"] !== undefined ? "special_group" : "iam_member",
  }));
  const g = publicGrant(iam, ctx);
  const all = [
    ...inline,
    ...separate,
    ...(g.record ? [{ v: g.value, record: g.record, attr: g.attr ?? "" }] : []),
  ];
  const hit = all.find((x) => x.v === true) ?? all.find((x) => isUnknown(x.v));
  b.set("public_access", hit ? hit.v : false, hit ? { record: hit.record, attr: hit.attr } : undefined);
  setCmek(b, record, "default_encryption_configuration");
  return b.build();
}

function normalizeTable(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, {
    provider: "gcp",
    type: "analytics_table",
    name: String(record.attrs["table_id"] ?? record.name),
  });
  const iam = [
    "google_bigquery_table_iam_member",
    "google_bigquery_table_iam_binding",
    "google_bigquery_table_iam_policy",
  ].flatMap((t) => ctx.index.companions(record, t, "table_id", ["table_id"]));
  for (const c of iam) b.join(c);
  const g = publicGrant(iam, ctx);
  b.set("public_access", g.value, g.record ? { record: g.record, attr: g.attr } : undefined);
  setCmek(b, record, "encryption_configuration");
  return b.build();
}

function normalizeTopic(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "topic" });
  const iam = [
    "google_pubsub_topic_iam_member",
    "google_pubsub_topic_iam_binding",
    "google_pubsub_topic_iam_policy",
  ].flatMap((t) => ctx.index.companions(record, t, "topic", ["name", "id"]));
  for (const c of iam) b.join(c);
  const g = publicGrant(iam, ctx);
  b.set("public_access", g.value, g.record ? { record: g.record, attr: g.attr } : undefined);
  setCmek(b, record, "");
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["google_bigquery_dataset"],
    companions: [
      "google_bigquery_dataset_iam_member",
      "google_bigquery_dataset_iam_binding",
      "google_bigquery_dataset_iam_policy",
      "google_bigquery_dataset_access",
    ],
    normalize: normalizeDataset,
  },
  {
    native_types: ["google_bigquery_table"],
    companions: [
      "google_bigquery_table_iam_member",
      "google_bigquery_table_iam_binding",
      "google_bigquery_table_iam_policy",
    ],
    normalize: normalizeTable,
  },
  {
    native_types: ["google_pubsub_topic"],
    companions: [
      "google_pubsub_topic_iam_member",
      "google_pubsub_topic_iam_binding",
      "google_pubsub_topic_iam_policy",
    ],
    normalize: normalizeTopic,
  },
];
