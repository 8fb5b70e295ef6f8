/**
 * RDS instances, Aurora clusters and cluster instances → `database_instance`; DB and cluster
 * snapshots → `database_snapshot`, encrypted as their source database is and shared through
 * `shared_accounts` (`all` makes them public).
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, asNumber, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { isSet, referenced, stringList, uidOf } from "./references.ts";

const bool = (v: Value): Value => asBool(v);

/**
 * Storage encryption: `storage_encrypted` (default false), but a replica or a restore from a
 * snapshot inherits its source's encryption, which the configuration may not show.
 */
function storageEncryption(b: ResourceBuilder, record: RawRecord, inheritsFrom: readonly string[]): void {
  const explicit = asBool(record.attrs["storage_encrypted"], null);
  const inherited = inheritsFrom.find((k) => isSet(record.attrs[k]));
  if (explicit === true || isUnknown(explicit) || inherited === undefined)
    b.fromAttr("encryption.enabled", "storage_encrypted", defaultEncrypted(record), bool);
  else b.set("encryption.enabled", unknown(`encryption follows ${inherited}`), { attr: inherited });
  b.set("encryption.customer_managed_key", isSet(record.attrs["kms_key_id"]), { attr: "kms_key_id" });
  b.fromAttr("encryption.key_id", "kms_key_id", null);
}

/** Aurora Serverless v1 clusters are always encrypted; everything else defaults to unencrypted. */
function defaultEncrypted(record: RawRecord): boolean {
  return record.native_type === "aws_rds_cluster" && record.attrs["engine_mode"] === "serverless";
}

function common(b: ResourceBuilder, record: RawRecord): void {
  b.fromAttr("engine", "engine", null);
  // Minor version upgrades are applied automatically unless turned off.
  b.fromAttr("auto_minor_version_upgrade", "auto_minor_version_upgrade", true, bool);
  b.fromAttr("performance_insights.enabled", "performance_insights_enabled", false, bool);
  b.set("performance_insights.customer_managed_key", isSet(record.attrs["performance_insights_kms_key_id"]), {
    attr: "performance_insights_kms_key_id",
  });
}

function backupAndLogs(b: ResourceBuilder, record: RawRecord): void {
  // The API keeps automated backups for 1 day when no retention period is given.
  const days = asNumber(record.attrs["backup_retention_period"], 1);
  const at = { attr: "backup_retention_period" };
  b.set("backup.retention_days", days, at);
  b.set("backup.enabled", isUnknown(days) ? days : typeof days === "number" && days > 0, at);
  b.fromAttr("deletion_protection", "deletion_protection", false, bool);
  b.fromAttr("iam_auth", "iam_database_authentication_enabled", false, bool);
  const exports = stringList(record.attrs["enabled_cloudwatch_logs_exports"]);
  b.set("logging.enabled", isUnknown(exports) ? exports : exports.length > 0, {
    attr: "enabled_cloudwatch_logs_exports",
  });
}

function linkNetwork(b: ResourceBuilder, record: RawRecord, ctx: NormalizeContext): void {
  const groups = referenced(
    ctx.index,
    record,
    record.attrs["vpc_security_group_ids"],
    ["aws_security_group"],
    ["id"],
  );
  for (const g of groups) b.link("uses_security_group", uidOf(g));
}

function normalizeInstance(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "database_instance" });
  common(b, record);
  b.fromAttr("public_access", "publicly_accessible", false, bool);
  storageEncryption(b, record, ["replicate_source_db", "snapshot_identifier"]);
  backupAndLogs(b, record);
  b.fromAttr("multi_az", "multi_az", false, bool);
  linkNetwork(b, record, ctx);
  return b.build();
}

function normalizeCluster(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "database_instance" });
  b.fromAttr("engine", "engine", "aurora");
  storageEncryption(b, record, [
    "snapshot_identifier",
    "replication_source_identifier",
    "global_cluster_identifier",
  ]);
  backupAndLogs(b, record);
  linkNetwork(b, record, ctx);
  return b.build();
}

function normalizeClusterInstance(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "database_instance" });
  common(b, record);
  b.fromAttr("public_access", "publicly_accessible", false, bool);
  // Storage, backups and deletion protection are the cluster's; rules judge them there.
  b.set("cluster_member", true);
  for (const c of referenced(
    ctx.index,
    record,
    record.attrs["cluster_identifier"],
    ["aws_rds_cluster"],
    ["cluster_identifier"],
  ))
    b.link("member_of", uidOf(c));
  return b.build();
}

/** Snapshots: encryption from the source database when it is in the module. */
function normalizeSnapshot(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "database_snapshot" });
  const [via, types, keys] =
    record.native_type === "aws_db_cluster_snapshot"
      ? ["db_cluster_identifier", ["aws_rds_cluster"], ["cluster_identifier"]]
      : ["db_instance_identifier", ["aws_db_instance"], ["identifier"]];
  if (record.native_type === "aws_db_snapshot_copy") {
    // A copy is encrypted when given a key, or when its source snapshot is.
    if (isSet(record.attrs["kms_key_id"])) b.set("encryption.enabled", true, { attr: "kms_key_id" });
    else {
      const src = referenced(
        ctx.index,
        record,
        record.attrs["source_db_snapshot_identifier"],
        ["aws_db_snapshot"],
        ["db_snapshot_identifier"],
      )[0];
      b.set(
        "encryption.enabled",
        src
          ? snapshotSourceEncrypted(src, ctx, "db_instance_identifier", ["aws_db_instance"], ["identifier"])
          : unknown("source snapshot outside this configuration"),
        {
          attr: "source_db_snapshot_identifier",
        },
      );
    }
  } else {
    b.set("encryption.enabled", snapshotSourceEncrypted(record, ctx, via, types, keys), { attr: via });
  }
  b.set("encryption.customer_managed_key", isSet(record.attrs["kms_key_id"]));
  const shared = stringList(record.attrs["shared_accounts"]);
  const at = { attr: "shared_accounts" };
  if (isUnknown(shared)) {
    b.set("public", shared, at);
    b.set("shared_with", shared, at);
  } else {
    b.set("public", shared.includes("all"), at);
    b.set(
      "shared_with",
      shared.filter((a) => a !== "all"),
      at,
    );
  }
  return b.build();
}

function snapshotSourceEncrypted(
  record: RawRecord,
  ctx: NormalizeContext,
  via: string,
  types: string[],
  keys: string[],
): Value {
  const db = referenced(ctx.index, record, record.attrs[via], types, keys)[0];
  if (!db) return unknown("source database outside this configuration");
  const enc = asBool(db.attrs["storage_encrypted"], null);
  if (enc !== null) return enc;
  if (isSet(db.attrs["replicate_source_db"]) || isSet(db.attrs["snapshot_identifier"]))
    return unknown("source database inherits its encryption");
  return defaultEncrypted(db);
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_db_instance"], normalize: normalizeInstance },
  { native_types: ["aws_rds_cluster"], normalize: normalizeCluster },
  { native_types: ["aws_rds_cluster_instance"], normalize: normalizeClusterInstance },
  {
    native_types: ["aws_db_snapshot", "aws_db_cluster_snapshot", "aws_db_snapshot_copy"],
    normalize: normalizeSnapshot,
  },
];
