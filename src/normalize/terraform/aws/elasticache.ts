/** ElastiCache replication groups, clusters and serverless caches → `cache_cluster`. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import type { Value } from "../../../model/value.ts";
import { asBool, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { isSet } from "./references.ts";

const bool = (v: Value): Value => asBool(v);

function normalizeGroup(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "cache_cluster" });
  b.fromAttr("engine", "engine", "redis");
  // Both encryptions are off unless enabled (AWS provider v5 defaults).
  b.fromAttr("encryption.enabled", "at_rest_encryption_enabled", false, bool);
  b.set("encryption.customer_managed_key", isSet(record.attrs["kms_key_id"]), { attr: "kms_key_id" });
  b.fromAttr("transit_encryption", "transit_encryption_enabled", false, bool);
  const auth = isSet(record.attrs["auth_token"])
    ? "auth_token"
    : isSet(record.attrs["user_group_ids"])
      ? "user_group_ids"
      : undefined;
  b.set("auth_required", auth !== undefined, auth ? { attr: auth } : undefined);
  return b.build();
}

/** A standalone cluster (not a member of a replication group) can encrypt only in transit. */
function normalizeCluster(record: RawRecord): Resource | null {
  if (isSet(record.attrs["replication_group_id"])) return null;
  const b = new ResourceBuilder(record, { provider: "aws", type: "cache_cluster" });
  b.fromAttr("engine", "engine", null);
  b.fromAttr("transit_encryption", "transit_encryption_enabled", false, bool);
  return b.build();
}

function normalizeServerless(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "cache_cluster" });
  b.fromAttr("engine", "engine", null);
  // Serverless caches always encrypt at rest and in transit.
  b.set("encryption.enabled", true);
  b.set("encryption.customer_managed_key", isSet(record.attrs["kms_key_id"]), { attr: "kms_key_id" });
  b.set("transit_encryption", true);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_elasticache_replication_group"], normalize: normalizeGroup },
  { native_types: ["aws_elasticache_cluster"], normalize: normalizeCluster },
  { native_types: ["aws_elasticache_serverless_cache"], normalize: normalizeServerless },
];
