/**
 * SQL servers and their children (firewall rules, auditing, alert policies, Entra admins,
 * databases), PostgreSQL and MySQL servers (single and flexible) with firewall rules and
 * configurations. Children find their server through the parent reference.
 */
import { isValueMap, type Value } from "../../../model/value.ts";
import { single, type Tf, type Translation } from "../../cloudformation/translate.ts";
import { copyTags, enabled, parentRef } from "../helpers.ts";

const sqlServer = single("Microsoft.Sql/servers", "azurerm_mssql_server", (t) => {
  copyTags(t);
  t.copy("public_network_access_enabled", "properties.publicNetworkAccess", enabled);
  // ARM's minimalTlsVersion is unset (every version accepted) unless written.
  t.put(
    "minimum_tls_version",
    t.get("properties.minimalTlsVersion") ?? "Disabled",
    "properties.minimalTlsVersion",
  );
  t.copy("administrator_login", "properties.administratorLogin");
  if (t.get("properties.administrators") !== undefined)
    t.put("azuread_administrator", [{}], "properties.administrators");
});

const child = (arm: string, tf: string, fill: (t: Tf) => void, via = "server_id"): Translation =>
  single(
    arm,
    tf,
    (t) => {
      t.put(via, parentRef(t));
      fill(t);
    },
    true,
  );

const firewall = (arm: string, tf: string): Translation =>
  child(arm, tf, (t) => {
    t.copy("name", "name");
    t.copy("start_ip_address", "properties.startIpAddress");
    t.copy("end_ip_address", "properties.endIpAddress");
  });

const sqlAudit = child(
  "Microsoft.Sql/servers/auditingSettings",
  "azurerm_mssql_server_extended_auditing_policy",
  (t) => {
    t.copy("enabled", "properties.state", enabled);
    t.copy("retention_in_days", "properties.retentionDays");
  },
);
const sqlExtendedAudit = child(
  "Microsoft.Sql/servers/extendedAuditingSettings",
  "azurerm_mssql_server_extended_auditing_policy",
  (t) => {
    t.copy("enabled", "properties.state", enabled);
    t.copy("retention_in_days", "properties.retentionDays");
  },
);
const sqlAlert = child(
  "Microsoft.Sql/servers/securityAlertPolicies",
  "azurerm_mssql_server_security_alert_policy",
  (t) => {
    t.copy("state", "properties.state");
    t.copy("email_addresses", "properties.emailAddresses");
    t.copy("email_account_admins", "properties.emailAccountAdmins");
  },
);
const sqlAdmin = child(
  "Microsoft.Sql/servers/administrators",
  "azurerm_mssql_active_directory_administrator",
  (t) => {
    t.copy("login", "properties.login");
  },
);

const sqlDatabase = single("Microsoft.Sql/servers/databases", "azurerm_mssql_database", (t) => {
  copyTags(t);
  t.put("server_id", parentRef(t));
  const audit = t.index
    .ofType("Microsoft.Sql/servers/databases/auditingSettings")
    .concat(t.index.ofType("Microsoft.Sql/servers/databases/extendedAuditingSettings"))
    .find((a) => refsOf(a.attrs["$parent"]).includes(t.src.address));
  const retention = t.index
    .ofType("Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies")
    .find((a) => refsOf(a.attrs["$parent"]).includes(t.src.address));
  if (retention) {
    const p = retention.attrs["properties"];
    if (isValueMap(p) && p["retentionDays"] !== undefined)
      t.put("short_term_retention_policy.0.retention_days", p["retentionDays"]!);
  }
  if (audit) {
    const p = isValueMap(audit.attrs["properties"]) ? audit.attrs["properties"] : {};
    t.put("extended_auditing_policy.0", {});
    if (enabled(p["state"] ?? "Disabled") === false) t.put("extended_auditing_policy", []);
    else if (p["retentionDays"] !== undefined)
      t.put("extended_auditing_policy.0.retention_in_days", p["retentionDays"]!);
  }
});

function refsOf(v: Value | undefined): readonly string[] {
  return v !== null && typeof v === "object" && "refs" in v ? (v as { refs: readonly string[] }).refs : [];
}

/** Database children only configure their database. */
const dbChildren = [
  "Microsoft.Sql/servers/databases/auditingSettings",
  "Microsoft.Sql/servers/databases/extendedAuditingSettings",
  "Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies",
].map((arm) => single(arm, "azurerm_mssql_database_setting_arm", () => {}, true));

/** PostgreSQL and MySQL single servers: `sslEnforcement`, `minimalTlsVersion`, storage profile. */
const ossServer = (arm: string, tf: string): Translation =>
  single(arm, tf, (t) => {
    copyTags(t);
    t.copy("public_network_access_enabled", "properties.publicNetworkAccess", enabled);
    // sslEnforcement defaults to Enabled.
    t.put(
      "ssl_enforcement_enabled",
      enabled(t.get("properties.sslEnforcement") ?? "Enabled"),
      "properties.sslEnforcement",
    );
    t.copy("ssl_minimal_tls_version_enforced", "properties.minimalTlsVersion");
    t.copy("infrastructure_encryption_enabled", "properties.infrastructureEncryption", enabled);
    t.copy("backup_retention_days", "properties.storageProfile.backupRetentionDays");
    t.copy("geo_redundant_backup_enabled", "properties.storageProfile.geoRedundantBackup", enabled);
    t.copy("administrator_login", "properties.administratorLogin");
  });

/** Flexible servers: public access unless placed in a delegated subnet. */
const flexServer = (arm: string, tf: string): Translation =>
  single(arm, tf, (t) => {
    copyTags(t);
    t.copy("delegated_subnet_id", "properties.network.delegatedSubnetResourceId");
    t.copy("public_network_access_enabled", "properties.network.publicNetworkAccess", enabled);
    t.copy("backup_retention_days", "properties.backup.backupRetentionDays");
    t.copy("geo_redundant_backup_enabled", "properties.backup.geoRedundantBackup", enabled);
    t.copy("administrator_login", "properties.administratorLogin");
  });

const configuration = (arm: string, tf: string): Translation =>
  child(
    arm,
    tf,
    (t) => {
      // A child's name is `server/parameter`: the parameter is the last segment.
      t.copy("name", "name", (v) => (typeof v === "string" ? (v.split("/").pop() ?? v) : v));
      t.copy("value", "properties.value");
    },
    "server_name",
  );

export const translations: Translation[] = [
  sqlServer,
  firewall("Microsoft.Sql/servers/firewallRules", "azurerm_mssql_firewall_rule"),
  sqlAudit,
  sqlExtendedAudit,
  sqlAlert,
  sqlAdmin,
  sqlDatabase,
  ...dbChildren,
  ossServer("Microsoft.DBforPostgreSQL/servers", "azurerm_postgresql_server"),
  ossServer("Microsoft.DBforMySQL/servers", "azurerm_mysql_server"),
  ossServer("Microsoft.DBforMariaDB/servers", "azurerm_mariadb_server"),
  flexServer("Microsoft.DBforPostgreSQL/flexibleServers", "azurerm_postgresql_flexible_server"),
  flexServer("Microsoft.DBforMySQL/flexibleServers", "azurerm_mysql_flexible_server"),
  firewall("Microsoft.DBforPostgreSQL/servers/firewallRules", "azurerm_postgresql_firewall_rule"),
  firewall("Microsoft.DBforMySQL/servers/firewallRules", "azurerm_mysql_firewall_rule"),
  firewall("Microsoft.DBforMariaDB/servers/firewallRules", "azurerm_mariadb_firewall_rule"),
  firewall(
    "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules",
    "azurerm_postgresql_flexible_server_firewall_rule",
  ),
  firewall(
    "Microsoft.DBforMySQL/flexibleServers/firewallRules",
    "azurerm_mysql_flexible_server_firewall_rule",
  ),
  configuration("Microsoft.DBforPostgreSQL/servers/configurations", "azurerm_postgresql_configuration"),
  configuration("Microsoft.DBforMySQL/servers/configurations", "azurerm_mysql_configuration"),
  configuration(
    "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
    "azurerm_postgresql_flexible_server_configuration",
  ),
  configuration(
    "Microsoft.DBforMySQL/flexibleServers/configurations",
    "azurerm_mysql_flexible_server_configuration",
  ),
];
