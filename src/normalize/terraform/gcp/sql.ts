/** `google_sql_database_instance` → `database_instance` (Cloud SQL for MySQL, PostgreSQL, SQL Server). */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, type Value, type ValueMap } from "../../../model/value.ts";
import { asBool, asNumber, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { positionAt } from "./spans.ts";

/** `POSTGRES_15` → `postgres`, `MYSQL_8_0` → `mysql`, `SQLSERVER_2019_STANDARD` → `sqlserver`. */
function engineOf(v: Value | undefined): Value {
  if (v === undefined || v === null) return null;
  if (isUnknown(v)) return v;
  return String(v).split("_")[0]!.toLowerCase();
}

const OPEN = new Set(["0.0.0.0/0", "0.0.0.0", "::/0", "*"]);

function normalizeSql(record: RawRecord) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "database_instance" });
  const s = "settings.0";
  const settings: ValueMap = block(record.attrs, "settings") ?? {};
  b.fromAttr("engine", "database_version", null, engineOf);
  const engine = b.resource.config["engine"];

  // A replica takes backups and PITR from its primary.
  const primary = record.attrs["master_instance_name"];
  b.set(
    "replica",
    primary !== undefined && primary !== null,
    primary !== undefined ? { attr: "master_instance_name" } : undefined,
  );

  const ip: ValueMap = block(settings, "ip_configuration") ?? {};
  const ipPath = `${s}.ip_configuration.0`;
  // A public IPv4 address is assigned unless ip_configuration turns it off.
  b.fromAttr("public_ip", `${ipPath}.ipv4_enabled`, true, (v) => asBool(v, true));
  const publicIp = b.resource.config["public_ip"];
  const networks = blocks(ip, "authorized_networks");
  const openIdx = networks.findIndex((n) => typeof n["value"] === "string" && OPEN.has(n["value"].trim()));
  const undecided = networks.findIndex((n) => isUnknown(n["value"]));
  // Reachable from the internet: a public address that authorizes any source.
  if (publicIp === false) b.set("public_access", false, { attr: `${ipPath}.ipv4_enabled` });
  else if (openIdx >= 0)
    b.set("public_access", isUnknown(publicIp) ? publicIp : true, {
      attr: `${ipPath}.authorized_networks.${openIdx}.value`,
    });
  else if (undecided >= 0)
    b.set("public_access", networks[undecided]!["value"] as Value, {
      attr: `${ipPath}.authorized_networks.${undecided}.value`,
    });
  else b.set("public_access", false);

  // TLS: `ssl_mode` (provider 5+) decides when set, else the older `require_ssl` (default false).
  const sslMode = ip["ssl_mode"];
  if (sslMode !== undefined && sslMode !== null)
    b.set("tls_required", isUnknown(sslMode) ? sslMode : sslMode !== "ALLOW_UNENCRYPTED_AND_ENCRYPTED", {
      attr: `${ipPath}.ssl_mode`,
    });
  else b.fromAttr("tls_required", `${ipPath}.require_ssl`, false, (v) => asBool(v, false));

  // Cloud SQL encrypts data at rest with Google-managed keys; `encryption_key_name` selects a CMEK.
  b.set("encryption.enabled", true);
  const key = record.attrs["encryption_key_name"];
  b.set(
    "encryption.customer_managed_key",
    key !== undefined && key !== null && key !== "",
    key !== undefined ? { attr: "encryption_key_name" } : undefined,
  );
  b.set("encryption.key_id", key ?? null);

  // Automated backups are off unless backup_configuration enables them; 7 are kept (one a day).
  const backup: ValueMap = block(settings, "backup_configuration") ?? {};
  const bPath = `${s}.backup_configuration.0`;
  b.fromAttr("backup.enabled", `${bPath}.enabled`, false, (v) => asBool(v, false));
  const retained = block(backup, "backup_retention_settings")?.["retained_backups"];
  b.set(
    "backup.retention_days",
    b.resource.config["backup"] && (b.resource.config["backup"] as ValueMap)["enabled"] === false
      ? null
      : asNumber(retained, 7),
    retained !== undefined ? { attr: `${bPath}.backup_retention_settings.0.retained_backups` } : undefined,
  );
  // PITR is `binary_log_enabled` on MySQL, `point_in_time_recovery_enabled` elsewhere; both default off.
  const pitrAttr =
    engine === "mysql" ? `${bPath}.binary_log_enabled` : `${bPath}.point_in_time_recovery_enabled`;
  b.fromAttr("point_in_time_recovery", pitrAttr, false, (v) => asBool(v, false));

  b.fromAttr("multi_az", `${s}.availability_type`, false, (v) => (isUnknown(v) ? v : v === "REGIONAL"));
  b.fromAttr("deletion_protection", `${s}.deletion_protection_enabled`, false, (v) => asBool(v, false));

  // Flags by name; a flag written twice keeps the last value, as the API does.
  const flags: ValueMap = {};
  const flagBlocks = blocks(settings, "database_flags");
  const names: string[] = [];
  let undecidedName: Value | undefined;
  flagBlocks.forEach((f) => {
    const name = f["name"];
    if (typeof name === "string") {
      flags[name] = f["value"] ?? null;
      names.push(name);
    } else if (isUnknown(name)) undecidedName ??= name;
  });
  b.set("flags", undecidedName ?? flags, flagBlocks.length > 0 ? { attr: `${s}.database_flags` } : undefined);
  flagBlocks.forEach((f, i) => {
    if (typeof f["name"] === "string")
      positionAt(b, `flags.${f["name"]}`, record, `${s}.database_flags.${i}.value`);
  });
  const iamFlag = flags["cloudsql.iam_authentication"] ?? flags["cloudsql_iam_authentication"];
  b.set(
    "iam_auth",
    iamFlag === undefined ? false : isUnknown(iamFlag) ? iamFlag : String(iamFlag).toLowerCase() === "on",
  );
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["google_sql_database_instance"], normalize: normalizeSql },
];
