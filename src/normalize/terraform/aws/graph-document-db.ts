/**
 * Amazon Neptune and Amazon DocumentDB: clusters and their instances → `database_instance`, the
 * same common type as RDS, so the database rules (encryption at rest, backups, deletion
 * protection, log exports, IAM authentication, public access) judge them. Both services run on the
 * RDS platform and share its defaults; their Terraform arguments differ in a few names, noted below.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, asNumber, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { isSet, referenced, stringList, uidOf } from "./references.ts";

const bool = (v: Value): Value => asBool(v);

interface Service {
  cluster: string;
  instance: string;
  engine: string;
  /** Neptune names the key `kms_key_arn`, DocumentDB `kms_key_id`. */
  keyAttr: string;
  /** Neptune writes `enable_cloudwatch_logs_exports`, DocumentDB `enabled_cloudwatch_logs_exports`. */
  logsAttr: string;
  /** Only Neptune has IAM database authentication in its Terraform arguments. */
  iamAuth: boolean;
}

const NEPTUNE: Service = {
  cluster: "aws_neptune_cluster",
  instance: "aws_neptune_cluster_instance",
  engine: "neptune",
  keyAttr: "kms_key_arn",
  logsAttr: "enable_cloudwatch_logs_exports",
  iamAuth: true,
};

const DOCDB: Service = {
  cluster: "aws_docdb_cluster",
  instance: "aws_docdb_cluster_instance",
  engine: "docdb",
  keyAttr: "kms_key_id",
  logsAttr: "enabled_cloudwatch_logs_exports",
  iamAuth: false,
};

function normalizeCluster(svc: Service, record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "database_instance" });
  b.fromAttr("engine", "engine", svc.engine);

  // Storage is unencrypted unless asked for; a restore or a replica follows its source instead.
  const explicit = asBool(record.attrs["storage_encrypted"], null);
  const inherited = [
    "snapshot_identifier",
    "replication_source_identifier",
    "global_cluster_identifier",
  ].find((k) => isSet(record.attrs[k]));
  if (explicit === true || isUnknown(explicit) || inherited === undefined)
    b.fromAttr("encryption.enabled", "storage_encrypted", false, bool);
  else b.set("encryption.enabled", unknown(`encryption follows ${inherited}`), { attr: inherited });
  b.set("encryption.customer_managed_key", isSet(record.attrs[svc.keyAttr]), { attr: svc.keyAttr });
  b.fromAttr("encryption.key_id", svc.keyAttr, null);

  // Automated backups are kept 1 day when no retention period is given, and cannot be turned off.
  const days = asNumber(record.attrs["backup_retention_period"], 1);
  b.set("backup.retention_days", days, { attr: "backup_retention_period" });
  b.set("backup.enabled", isUnknown(days) ? days : typeof days === "number" && days > 0, {
    attr: "backup_retention_period",
  });
  b.fromAttr("deletion_protection", "deletion_protection", false, bool);
  if (svc.iamAuth) b.fromAttr("iam_auth", "iam_database_authentication_enabled", false, bool);
  // Only the audit log records who connected and what they ran; `slowquery` (Neptune) and
  // `profiler` (DocumentDB) time queries, so exporting those alone is not security logging.
  const exports = stringList(record.attrs[svc.logsAttr]);
  b.set("logging.enabled", isUnknown(exports) ? exports : exports.includes("audit"), { attr: svc.logsAttr });

  for (const g of referenced(
    ctx.index,
    record,
    record.attrs["vpc_security_group_ids"],
    ["aws_security_group"],
    ["id"],
  ))
    b.link("uses_security_group", uidOf(g));
  return b.build();
}

function normalizeInstance(svc: Service, record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "database_instance" });
  b.fromAttr("engine", "engine", svc.engine);
  // Neptune instances take `publicly_accessible` (default false); DocumentDB instances have no
  // public endpoint at all.
  if (svc === NEPTUNE) b.fromAttr("public_access", "publicly_accessible", false, bool);
  else b.set("public_access", false);
  b.fromAttr("auto_minor_version_upgrade", "auto_minor_version_upgrade", true, bool);
  // Storage, backups and logs are the cluster's; rules judge them there.
  b.set("cluster_member", true);
  for (const c of referenced(
    ctx.index,
    record,
    record.attrs["cluster_identifier"],
    [svc.cluster],
    ["cluster_identifier"],
  ))
    b.link("member_of", uidOf(c));
  return b.build();
}

export const normalizers: Normalizer[] = [NEPTUNE, DOCDB].flatMap((svc): Normalizer[] => [
  { native_types: [svc.cluster], normalize: (r, ctx) => normalizeCluster(svc, r, ctx) },
  { native_types: [svc.instance], normalize: (r, ctx) => normalizeInstance(svc, r, ctx) },
]);
