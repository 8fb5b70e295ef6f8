/**
 * Azure database servers → `database_instance`: SQL Database logical servers (`azurerm_mssql_server`,
 * legacy `azurerm_sql_server`), PostgreSQL / MySQL / MariaDB single and flexible servers, and Cosmos DB
 * accounts. Server firewall rules are both folded into their server (to decide `public_access`) and
 * kept as `database_firewall_rule` resources, so a finding points at the rule that opens the door.
 *
 * Data at rest is always encrypted on all of these services (TDE / storage encryption on by default
 * with service-managed keys), so `encryption.enabled` is true; `customer_managed_key` says whether a
 * Key Vault key was configured.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, asNumber, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { bool, firstAttr, fromAliases, hasBlock, lower, tlsVersion, uidOf, written } from "./helpers.ts";

interface Family {
  engine: string;
  servers: string[];
  firewall: string[];
  /** Server parameter resources and the Azure defaults of the parameters rules read. */
  configuration?: string[];
  defaults?: Record<string, string>;
  flexible?: boolean;
}

const SQL: Family = {
  engine: "sqlserver",
  servers: ["azurerm_mssql_server", "azurerm_sql_server"],
  firewall: ["azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule"],
};
// Azure Database for PostgreSQL single server defaults for the logging parameters CIS names.
const PG_SINGLE: Family = {
  engine: "postgres",
  servers: ["azurerm_postgresql_server"],
  firewall: ["azurerm_postgresql_firewall_rule"],
  configuration: ["azurerm_postgresql_configuration"],
  defaults: {
    log_checkpoints: "on",
    log_connections: "on",
    log_disconnections: "off",
    connection_throttling: "on",
    log_retention_days: "3",
    log_duration: "off",
  },
};
const PG_FLEX: Family = {
  engine: "postgres",
  servers: ["azurerm_postgresql_flexible_server"],
  firewall: ["azurerm_postgresql_flexible_server_firewall_rule"],
  configuration: ["azurerm_postgresql_flexible_server_configuration"],
  defaults: {
    require_secure_transport: "on",
    log_checkpoints: "on",
    log_connections: "off",
    log_disconnections: "off",
    "connection_throttle.enable": "off",
    logfiles_retention_days: "3",
    log_duration: "off",
  },
  flexible: true,
};
const MYSQL_SINGLE: Family = {
  engine: "mysql",
  servers: ["azurerm_mysql_server"],
  firewall: ["azurerm_mysql_firewall_rule"],
  configuration: ["azurerm_mysql_configuration"],
  defaults: { audit_log_enabled: "off" },
};
const MYSQL_FLEX: Family = {
  engine: "mysql",
  servers: ["azurerm_mysql_flexible_server"],
  firewall: ["azurerm_mysql_flexible_server_firewall_rule"],
  configuration: ["azurerm_mysql_flexible_server_configuration"],
  defaults: { require_secure_transport: "on", tls_version: "TLSv1.2", audit_log_enabled: "off" },
  flexible: true,
};
const MARIADB: Family = {
  engine: "mariadb",
  servers: ["azurerm_mariadb_server"],
  firewall: ["azurerm_mariadb_firewall_rule"],
  configuration: ["azurerm_mariadb_configuration"],
  defaults: {},
};
const FAMILIES = [SQL, PG_SINGLE, PG_FLEX, MYSQL_SINGLE, MYSQL_FLEX, MARIADB];

/** Companions of a server: by `server_id` (newer resources) or by `server_name` (older ones). */
function companionsOf(server: RawRecord, ctx: NormalizeContext, types: readonly string[]): RawRecord[] {
  const out = new Set<RawRecord>();
  for (const t of types) {
    for (const c of ctx.index.companions(server, t, "server_id")) out.add(c);
    for (const c of ctx.index.companions(server, t, "server_name", ["name"])) out.add(c);
  }
  return [...out];
}

function familyOf(nativeType: string): Family {
  const f = FAMILIES.find((x) => x.servers.includes(nativeType) || x.firewall.includes(nativeType));
  if (!f) throw new Error(`no database family for ${nativeType}`);
  return f;
}

function ipToNumber(ip: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip.trim());
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

const PRIVATE_RANGES: Array<[string, string]> = [
  ["10.0.0.0", "10.255.255.255"],
  ["172.16.0.0", "172.31.255.255"],
  ["192.168.0.0", "192.168.255.255"],
  ["127.0.0.0", "127.255.255.255"],
];

/**
 * True when the range admits a public internet address. `0.0.0.0`–`0.0.0.0` is Azure's marker for
 * "allow Azure services" and admits no internet client.
 */
export function admitsInternet(start: string, end: string): boolean | undefined {
  const s = ipToNumber(start);
  const e = ipToNumber(end);
  if (s === undefined || e === undefined) return undefined;
  if (s === 0 && e === 0) return false;
  for (const [ps, pe] of PRIVATE_RANGES) {
    if (s >= ipToNumber(ps)! && e <= ipToNumber(pe)!) return false;
  }
  return true;
}

/** More addresses than one /24: the range admits a crowd, not a known office or service. */
const WIDE = 256;

/** True when `start`-`end` admits internet addresses and is wider than a /24. */
export function wideOpen(start: string, end: string): boolean {
  const s = ipToNumber(start);
  const e = ipToNumber(end);
  if (s === undefined || e === undefined) return false;
  return admitsInternet(start, end) === true && e - s + 1 > WIDE;
}

interface FirewallEntry {
  name: string;
  start_ip: Value;
  end_ip: Value;
}

function firewallEntry(rule: RawRecord): FirewallEntry {
  const start = rule.attrs["start_ip_address"] ?? rule.attrs["start_ip"];
  const end = rule.attrs["end_ip_address"] ?? rule.attrs["end_ip"];
  return {
    name: typeof rule.attrs["name"] === "string" ? rule.attrs["name"] : rule.name,
    start_ip: start === undefined || start === null ? unknown("start IP not set") : start,
    end_ip: end === undefined || end === null ? unknown("end IP not set") : end,
  };
}

/** Public when the endpoint is on and a firewall rule admits a wide range of internet addresses. */
function publicAccess(b: ResourceBuilder, endpoint: Value, rules: RawRecord[]): void {
  if (endpoint === false) {
    b.set("public_access", false, b.resource.positions?.["public_network_access"]);
    return;
  }
  let verdict: Value = false;
  for (const r of rules) {
    const e = firewallEntry(r);
    if (isUnknown(e.start_ip) || isUnknown(e.end_ip)) {
      if (verdict === false) verdict = unknown(`firewall rule ${e.name} has an unknown range`);
      continue;
    }
    const open = admitsInternet(String(e.start_ip), String(e.end_ip));
    if (open === true && wideOpen(String(e.start_ip), String(e.end_ip))) {
      b.set("public_access", isUnknown(endpoint) ? endpoint : true, { record: r, attr: "end_ip_address" });
      return;
    }
    if (open === undefined && verdict === false)
      verdict = unknown(`firewall rule ${e.name} is not an IPv4 range`);
  }
  b.set("public_access", isUnknown(endpoint) && verdict === false ? false : verdict);
}

function setFirewall(b: ResourceBuilder, rules: RawRecord[]): void {
  for (const r of rules) b.join(r);
  b.set("firewall_rules", rules.map(firewallEntry) as unknown as Value);
}

function setParameters(b: ResourceBuilder, record: RawRecord, ctx: NormalizeContext, family: Family): void {
  if (!family.configuration || !family.defaults) return;
  const configs = companionsOf(record, ctx, family.configuration);
  for (const [name, value] of Object.entries(family.defaults)) b.set(`parameters.${name}`, value);
  for (const c of configs) {
    b.join(c);
    const name = c.attrs["name"];
    const value = c.attrs["value"];
    if (typeof name !== "string") continue;
    b.set(`parameters.${name}`, isUnknown(value) ? value : String(value ?? "").toLowerCase(), {
      record: c,
      attr: "value",
    });
  }
}

const SQL_AUDIT = [
  "azurerm_mssql_server_extended_auditing_policy",
  "azurerm_sql_server_extended_auditing_policy",
];
const SQL_ALERT = ["azurerm_mssql_server_security_alert_policy"];
const SQL_ADMIN = [
  "azurerm_sql_active_directory_administrator",
  "azurerm_mssql_active_directory_administrator",
];

/** Sets `auditing.*` from an extended auditing policy resource; returns whether it audits. */
function applyAuditPolicy(b: ResourceBuilder, audit: RawRecord): Value {
  const audited = asBool(audit.attrs["enabled"], true);
  b.set("auditing.enabled", audited, { record: audit, attr: "enabled" });
  // retention_in_days 0 (the default) keeps audit logs forever.
  b.set("auditing.retention_days", asNumber(audit.attrs["retention_in_days"], 0), {
    record: audit,
    attr: "retention_in_days",
  });
  return audited;
}

/** Sets `threat_detection.*` from a server security alert policy resource. */
function applyAlertPolicy(b: ResourceBuilder, alert: RawRecord): void {
  const state = alert.attrs["state"];
  b.set("threat_detection.enabled", isUnknown(state) ? state : String(state).toLowerCase() === "enabled", {
    record: alert,
    attr: "state",
  });
  b.set("threat_detection.email_admins", asBool(alert.attrs["email_account_admins"], false), {
    record: alert,
    attr: "email_account_admins",
  });
  b.set("threat_detection.emails", alert.attrs["email_addresses"] ?? [], {
    record: alert,
    attr: "email_addresses",
  });
}

/**
 * A server setting (parameter, alert policy, auditing policy, Entra admin) whose server is not in
 * this configuration still states something worth judging: it becomes a partial `database_instance`
 * holding only what it sets, so rules on other settings do not apply to it.
 */
function normalizeServerSetting(record: RawRecord, ctx: NormalizeContext): Resource | null {
  const family = FAMILIES.find((f) => (f.configuration ?? []).includes(record.native_type)) ?? SQL;
  const joined = family.servers.some((t) =>
    ctx.index.ofType(t).some((server) => companionsOf(server, ctx, [record.native_type]).includes(record)),
  );
  if (joined) return null;
  const server = record.attrs["server_name"];
  const b = new ResourceBuilder(record, {
    provider: "azure",
    type: "database_instance",
    name: typeof server === "string" ? server : record.name,
  });
  b.set("engine", family.engine);
  if (SQL_AUDIT.includes(record.native_type)) applyAuditPolicy(b, record);
  else if (SQL_ALERT.includes(record.native_type)) applyAlertPolicy(b, record);
  else if (SQL_ADMIN.includes(record.native_type)) b.set("aad_admin", true, { attr: "login" });
  else {
    const name = record.attrs["name"];
    const value = record.attrs["value"];
    if (typeof name === "string")
      b.set(`parameters.${name}`, isUnknown(value) ? value : String(value ?? "").toLowerCase(), {
        attr: "value",
      });
  }
  return b.build();
}

function normalizeSqlServer(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "database_instance" });
  b.set("engine", "sqlserver");
  // `azurerm_sql_server` has no switch: its public endpoint is always on.
  const endpoint = fromAliases(
    b,
    record,
    "public_network_access",
    ["public_network_access_enabled"],
    true,
    bool(true),
  );
  const rules = companionsOf(record, ctx, SQL.firewall);
  setFirewall(b, rules);
  publicAccess(b, endpoint, rules);
  // TDE with a service-managed key is on by default; a server TDE resource with a Key Vault key makes it CMK.
  b.set("encryption.enabled", true);
  const tde = companionsOf(record, ctx, ["azurerm_mssql_server_transparent_data_encryption"]);
  for (const t of tde) b.join(t);
  const cmk = tde.find(
    (t) => t.attrs["key_vault_key_id"] !== undefined || t.attrs["managed_hsm_key_id"] !== undefined,
  );
  b.set(
    "encryption.customer_managed_key",
    cmk !== undefined,
    cmk ? { record: cmk, attr: "key_vault_key_id" } : undefined,
  );
  // minimum_tls_version defaults to 1.2 since azurerm 3.0; `Disabled` accepts every version.
  fromAliases(
    b,
    record,
    "min_tls_version",
    ["minimum_tls_version"],
    record.native_type === "azurerm_sql_server" ? "none" : "1.2",
    tlsVersion,
  );
  b.set("tls_required", true); // SQL Database always requires encrypted connections

  // Auditing: the inline block (azurerm 2.x) or a server extended auditing policy resource.
  const audits = companionsOf(record, ctx, SQL_AUDIT);
  for (const a of audits) b.join(a);
  const inlineAudit = firstAttr(record, ["extended_auditing_policy.0"]);
  const audit = audits[0];
  let audited: Value = false;
  if (audit) {
    audited = applyAuditPolicy(b, audit);
  } else if (inlineAudit) {
    audited = true;
    b.set("auditing.enabled", true, { attr: "extended_auditing_policy" });
    fromAliases(
      b,
      record,
      "auditing.retention_days",
      ["extended_auditing_policy.0.retention_in_days"],
      0,
      (v) => asNumber(v, 0),
    );
  } else {
    b.set("auditing.enabled", false);
  }
  b.set("logging.enabled", audited, b.resource.positions?.["auditing.enabled"]);

  // Threat detection: a security alert policy (server_name) or the legacy inline block.
  const alerts = companionsOf(record, ctx, SQL_ALERT);
  for (const a of alerts) b.join(a);
  const alert = alerts[0];
  if (alert) {
    applyAlertPolicy(b, alert);
  } else {
    const inline = firstAttr(record, ["threat_detection_policy.0.state"]);
    b.set(
      "threat_detection.enabled",
      inline
        ? isUnknown(inline.value)
          ? inline.value
          : String(inline.value).toLowerCase() === "enabled"
        : false,
      inline ? { attr: inline.path } : undefined,
    );
  }

  // Entra ID admin: inline `azuread_administrator` or a separate administrator resource.
  const admins = companionsOf(record, ctx, SQL_ADMIN);
  for (const a of admins) b.join(a);
  if (admins[0]) b.set("aad_admin", true, { record: admins[0] });
  else {
    const inline = hasBlock(record, "azuread_administrator");
    b.set("aad_admin", inline, inline === true ? { attr: "azuread_administrator" } : undefined);
  }
  b.fromAttr("admin_login", "administrator_login", null);
  return b.build();
}

/** PostgreSQL / MySQL / MariaDB servers, single and flexible. */
function normalizeOssServer(record: RawRecord, ctx: NormalizeContext): Resource {
  const family = familyOf(record.native_type);
  const b = new ResourceBuilder(record, { provider: "azure", type: "database_instance" });
  b.set("engine", family.engine);
  setParameters(b, record, ctx, family);
  let endpoint: Value;
  if (family.flexible) {
    // A flexible server in a delegated subnet has no public endpoint; otherwise public access defaults on.
    const subnet = firstAttr(record, ["delegated_subnet_id"]);
    endpoint = subnet
      ? false
      : fromAliases(b, record, "public_network_access", ["public_network_access_enabled"], true, bool(true));
    if (subnet) b.set("public_network_access", false, { attr: "delegated_subnet_id" });
    const tls = (b.resource.config["parameters"] as Record<string, Value> | undefined)?.[
      "require_secure_transport"
    ];
    b.set(
      "tls_required",
      isUnknown(tls) ? tls : tls === "on",
      b.resource.positions?.["parameters.require_secure_transport"],
    );
    const version = (b.resource.config["parameters"] as Record<string, Value> | undefined)?.["tls_version"];
    if (version !== undefined)
      b.set(
        "min_tls_version",
        isUnknown(version) ? version : tlsVersion(String(version).split(",")[0] ?? ""),
      );
    b.set("infrastructure_encryption", false);
  } else {
    endpoint = fromAliases(
      b,
      record,
      "public_network_access",
      ["public_network_access_enabled"],
      true,
      bool(true),
    );
    // v3 `ssl_enforcement_enabled`, v2 `ssl_enforcement` ("Enabled"/"Disabled").
    const ssl = firstAttr(record, ["ssl_enforcement_enabled", "ssl_enforcement"]);
    b.set(
      "tls_required",
      ssl
        ? ssl.path === "ssl_enforcement" && !isUnknown(ssl.value)
          ? String(ssl.value).toLowerCase() === "enabled"
          : asBool(ssl.value, true)
        : unknown("ssl enforcement not set"),
      ssl ? { attr: ssl.path } : undefined,
    );
    fromAliases(b, record, "min_tls_version", ["ssl_minimal_tls_version_enforced"], "1.2", tlsVersion);
    fromAliases(
      b,
      record,
      "infrastructure_encryption",
      ["infrastructure_encryption_enabled"],
      false,
      bool(false),
    );
    const td = firstAttr(record, ["threat_detection_policy.0.enabled"]);
    b.set(
      "threat_detection.enabled",
      td ? asBool(td.value, true) : firstAttr(record, ["threat_detection_policy.0"]) ? true : false,
      td
        ? { attr: td.path }
        : firstAttr(record, ["threat_detection_policy"])
          ? { attr: "threat_detection_policy" }
          : undefined,
    );
  }
  const rules = companionsOf(record, ctx, family.firewall);
  setFirewall(b, rules);
  publicAccess(b, endpoint, rules);
  b.set("encryption.enabled", true);
  const cmk =
    firstAttr(record, ["customer_managed_key.0.key_vault_key_id"]) ??
    companionsOf(record, ctx, [`${family.servers[0]}_key`])[0];
  b.set("encryption.customer_managed_key", cmk !== undefined);
  // Backups are automatic; retention defaults to 7 days.
  b.set("backup.enabled", true);
  fromAliases(b, record, "backup.retention_days", ["backup_retention_days"], 7, (v) => asNumber(v, 7));
  fromAliases(b, record, "geo_redundant_backup", ["geo_redundant_backup_enabled"], false, bool(false));
  b.fromAttr("admin_login", "administrator_login", null);
  return b.build();
}

/** One firewall range, with the two judgements rules make of it. */
function firewallRuleResource(
  record: RawRecord,
  engine: string,
  startAttr: string,
  endAttr: string,
): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "database_firewall_rule" });
  b.set("engine", engine);
  b.fromAttr("start_ip", startAttr, unknown("start IP not set"));
  b.fromAttr("end_ip", endAttr, unknown("end IP not set"));
  const start = b.resource.config["start_ip"] as Value;
  const end = b.resource.config["end_ip"] as Value;
  const at = { attr: endAttr };
  if (isUnknown(start) || isUnknown(end)) {
    const why = isUnknown(start) ? start : end;
    b.set("wide_internet_range", why, at);
    b.set("allows_azure_services", why, at);
  } else {
    b.set("wide_internet_range", wideOpen(String(start), String(end)), at);
    b.set(
      "allows_azure_services",
      String(start).trim() === "0.0.0.0" && String(end).trim() === "0.0.0.0",
      at,
    );
  }
  return b.build();
}

function normalizeFirewallRule(record: RawRecord): Resource {
  return firewallRuleResource(
    record,
    familyOf(record.native_type).engine,
    "start_ip_address",
    "end_ip_address",
  );
}

function normalizeRedisFirewallRule(record: RawRecord): Resource {
  return firewallRuleResource(record, "redis", "start_ip", "end_ip");
}

/** Cosmos DB accounts: public unless the endpoint is off or an IP / VNet filter restricts it. */
function normalizeCosmos(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "database_instance" });
  b.set("engine", "cosmosdb");
  const endpoint = fromAliases(
    b,
    record,
    "public_network_access",
    ["public_network_access_enabled"],
    true,
    bool(true),
  );
  // `ip_range_filter`: a comma-separated string (v3) or a list (v4); empty means no IP filter.
  const filter = firstAttr(record, ["ip_range_filter"]);
  let ranges: Value = [];
  if (filter && isUnknown(filter.value)) ranges = filter.value;
  else if (filter) {
    const items = Array.isArray(filter.value) ? filter.value : String(filter.value).split(",");
    ranges = items.map((x) => (isUnknown(x) ? x : String(x).trim())).filter((x) => x !== "");
  }
  b.set(
    "firewall_rules",
    isUnknown(ranges) ? ranges : (ranges as Value[]).map((r) => cidrRange(String(r))),
    filter ? { attr: "ip_range_filter" } : undefined,
  );
  const vnetFilter = asBool(record.attrs["is_virtual_network_filter_enabled"], false);
  b.set(
    "network_filter",
    vnetFilter,
    record.attrs["is_virtual_network_filter_enabled"] !== undefined
      ? { attr: "is_virtual_network_filter_enabled" }
      : undefined,
  );
  let pub: Value;
  if (endpoint === false) pub = false;
  else if (isUnknown(endpoint)) pub = endpoint;
  else if (isUnknown(ranges)) pub = ranges;
  else if (vnetFilter === true) pub = false;
  else if (isUnknown(vnetFilter)) pub = vnetFilter;
  else if ((ranges as Value[]).length === 0) pub = true;
  else
    pub = (ranges as Value[]).some((r) => {
      const bounds = cidrBounds(String(r));
      return bounds !== undefined && isWide(String(r)) && admitsInternet(...bounds) === true;
    });
  b.set(
    "public_access",
    pub,
    filter ? { attr: "ip_range_filter" } : b.resource.positions?.["public_network_access"],
  );
  fromAliases(b, record, "local_auth", ["local_authentication_disabled"], true, (v) => {
    const x = asBool(v, false);
    return typeof x === "boolean" ? !x : x;
  });
  b.set("encryption.enabled", true);
  written(b, record, "encryption.customer_managed_key", ["key_vault_key_id", "managed_hsm_key_id"]);
  // Periodic backups every 4 hours kept 8 hours by default: retention is expressed in hours.
  const hours = firstAttr(record, ["backup.0.retention_in_hours"]);
  const type = firstAttr(record, ["backup.0.type"]);
  b.set("backup.enabled", true);
  if (type && !isUnknown(type.value) && String(type.value).toLowerCase() === "continuous")
    b.set("backup.retention_days", 30, { attr: type.path });
  else
    b.set(
      "backup.retention_days",
      hours ? (isUnknown(hours.value) ? hours.value : Number(hours.value) / 24) : 8 / 24,
      hours ? { attr: hours.path } : undefined,
    );
  b.set(
    "geo_redundant_backup",
    lower(firstAttr(record, ["backup.0.storage_redundancy"])?.value ?? "geo") === "geo",
  );
  return b.build();
}

/** A Cosmos DB IP filter entry is an address or a CIDR. */
function cidrBounds(cidr: string): [string, string] | undefined {
  const [ip, bits = "32"] = cidr.split("/");
  const base = ipToNumber(ip ?? "");
  const n = Number(bits);
  if (base === undefined || !Number.isInteger(n) || n < 0 || n > 32) return undefined;
  const size = 2 ** (32 - n);
  const start = Math.floor(base / size) * size;
  return [numberToIp(start), numberToIp(start + size - 1)];
}

function cidrRange(cidr: string): Value {
  const bounds = cidrBounds(cidr);
  return { name: cidr, start_ip: bounds?.[0] ?? cidr, end_ip: bounds?.[1] ?? cidr };
}

/** Wider than a /8: the filter does not meaningfully restrict who connects. */
function isWide(cidr: string): boolean {
  const bits = Number(cidr.split("/")[1] ?? "32");
  return bits < 8;
}

function numberToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}

/** `azurerm_mssql_database` → `sql_database`: the per-database settings (auditing, TDE, backups). */
function normalizeSqlDatabase(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "sql_database" });
  fromAliases(b, record, "encryption.enabled", ["transparent_data_encryption_enabled"], true, bool(true));
  const policies = ctx.index.companions(
    record,
    "azurerm_mssql_database_extended_auditing_policy",
    "database_id",
  );
  for (const p of policies) b.join(p);
  const policy = policies[0];
  if (policy) {
    b.set("auditing.enabled", asBool(policy.attrs["enabled"], true), { record: policy, attr: "enabled" });
    b.set("auditing.retention_days", asNumber(policy.attrs["retention_in_days"], 0), {
      record: policy,
      attr: "retention_in_days",
    });
  } else if (firstAttr(record, ["extended_auditing_policy.0"])) {
    b.set("auditing.enabled", true, { attr: "extended_auditing_policy" });
    fromAliases(
      b,
      record,
      "auditing.retention_days",
      ["extended_auditing_policy.0.retention_in_days"],
      0,
      (v) => asNumber(v, 0),
    );
  } else {
    // Server-level auditing covers every database; unknown from the database alone.
    b.set("auditing.enabled", unknown("auditing may be set on the server"));
  }
  b.set("backup.enabled", true);
  fromAliases(b, record, "backup.retention_days", ["short_term_retention_policy.0.retention_days"], 7, (v) =>
    asNumber(v, 7),
  );
  const server = ctx.index
    .ofType("azurerm_mssql_server")
    .find((s) => companionsOf(s, ctx, [record.native_type]).includes(record));
  if (server) b.link("on_server", uidOf(server));
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: SQL.servers,
    companions: ["azurerm_mssql_server_transparent_data_encryption"],
    normalize: normalizeSqlServer,
  },
  {
    native_types: FAMILIES.filter((f) => f !== SQL).flatMap((f) => f.servers),
    normalize: normalizeOssServer,
  },
  {
    native_types: [
      ...SQL_AUDIT,
      ...SQL_ALERT,
      ...SQL_ADMIN,
      ...FAMILIES.flatMap((f) => f.configuration ?? []),
    ],
    normalize: normalizeServerSetting,
  },
  { native_types: FAMILIES.flatMap((f) => f.firewall), normalize: normalizeFirewallRule },
  { native_types: ["azurerm_redis_firewall_rule"], normalize: normalizeRedisFirewallRule },
  { native_types: ["azurerm_cosmosdb_account"], normalize: normalizeCosmos },
  {
    native_types: ["azurerm_mssql_database"],
    companions: ["azurerm_mssql_database_extended_auditing_policy"],
    normalize: normalizeSqlDatabase,
  },
];
