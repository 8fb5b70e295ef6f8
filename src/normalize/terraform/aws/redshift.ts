/** Redshift clusters → `database_instance` (engine `redshift`). */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { asBool, asNumber, block, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { isSet } from "./references.ts";

const bool = (v: Value): Value => asBool(v);

function normalizeCluster(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "database_instance" });
  b.set("engine", "redshift");
  // AWS provider v5 sends publicly_accessible = true and encrypted = false when they are not written.
  b.fromAttr("public_access", "publicly_accessible", true, bool);
  b.fromAttr("encryption.enabled", "encrypted", false, bool);
  b.set("encryption.customer_managed_key", isSet(record.attrs["kms_key_id"]), { attr: "kms_key_id" });
  // Automated snapshots are kept one day unless set otherwise; 0 turns them off.
  const days = asNumber(record.attrs["automated_snapshot_retention_period"], 1);
  const at = { attr: "automated_snapshot_retention_period" };
  b.set("backup.retention_days", days, at);
  b.set("backup.enabled", isUnknown(days) ? days : typeof days === "number" && days > 0, at);
  b.fromAttr("auto_minor_version_upgrade", "allow_version_upgrade", true, bool);
  const inline = block(record.attrs, "logging");
  const separate = ctx.index.companions(record, "aws_redshift_logging", "cluster_identifier", [
    "cluster_identifier",
  ]);
  for (const s of separate) b.join(s);
  if (separate[0]) b.set("logging.enabled", true, { record: separate[0] });
  else if (inline) b.set("logging.enabled", asBool(inline["enable"], false), { attr: "logging.0.enable" });
  else b.set("logging.enabled", false);
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_redshift_cluster"],
    companions: ["aws_redshift_logging"],
    normalize: normalizeCluster,
  },
];
