/**
 * Azure storage: `azurerm_storage_account` → `storage_account`, and each `azurerm_storage_container`
 * → `cloud_storage_bucket`, which inherits the account's public-access switch, encryption and
 * versioning because Azure sets those on the account, not on the container.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { block, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { bool, firstAttr, fromAliases, num, tlsVersion, uidOf, written } from "./helpers.ts";

const NETWORK_RULES = "azurerm_storage_account_network_rules";
const CMK = "azurerm_storage_account_customer_managed_key";

/** Companions point at the account by id (v3+: `storage_account_id`) or by name (older). */
function companionsOf(account: RawRecord, ctx: NormalizeContext, type: string): RawRecord[] {
  const byId = ctx.index.companions(account, type, "storage_account_id");
  const byName = ctx.index.companions(account, type, "storage_account_name", ["name"]);
  return [...new Set([...byId, ...byName])];
}

/** The account a container / companion belongs to, when it is in the same module. */
function accountOf(record: RawRecord, ctx: NormalizeContext): RawRecord | undefined {
  return ctx.index
    .ofType("azurerm_storage_account")
    .find((a) => companionsOf(a, ctx, record.native_type).includes(record));
}

/** Network rules: inline `network_rules` block or the separate resource (which wins when both exist). */
function setNetworkRules(b: ResourceBuilder, record: RawRecord, rules: RawRecord | undefined): void {
  const source = rules ?? record;
  const prefix = rules ? "" : "network_rules.0.";
  const written = rules ? rules.attrs : block(record.attrs, "network_rules");
  if (!rules && isUnknown(record.attrs["network_rules"])) {
    const u = record.attrs["network_rules"];
    b.set("network_default_deny", u, { attr: "network_rules" });
    b.set("trusted_services_bypass", u, { attr: "network_rules" });
    b.set("network_ip_rules", u, { attr: "network_rules" });
    return;
  }
  if (!written) {
    // No firewall: the account accepts traffic from every network.
    b.set("network_default_deny", false);
    b.set("trusted_services_bypass", true);
    b.set("network_ip_rules", []);
    return;
  }
  const action = written["default_action"];
  b.set("network_default_deny", isUnknown(action) ? action : String(action ?? "").toLowerCase() === "deny", {
    record: source,
    attr: `${prefix}default_action`,
  });
  const bypass = written["bypass"];
  // `bypass` defaults to ["AzureServices"].
  const bypassValue: Value =
    bypass === undefined || bypass === null
      ? true
      : isUnknown(bypass)
        ? bypass
        : Array.isArray(bypass)
          ? bypass.some((x) => typeof x === "string" && x.toLowerCase() === "azureservices")
          : unknown("bypass is not a list");
  b.set("trusted_services_bypass", bypassValue, { record: source, attr: `${prefix}bypass` });
  const ips = written["ip_rules"];
  b.set("network_ip_rules", ips === undefined || ips === null ? [] : ips, {
    record: source,
    attr: `${prefix}ip_rules`,
  });
}

function normalizeAccount(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "storage_account" });
  // v3 `enable_https_traffic_only`, v4 `https_traffic_only_enabled`; both default true.
  fromAliases(
    b,
    record,
    "https_only",
    ["https_traffic_only_enabled", "enable_https_traffic_only"],
    true,
    bool(true),
  );
  // Default TLS1_2 since azurerm 3.0.
  fromAliases(b, record, "min_tls_version", ["min_tls_version"], "1.2", tlsVersion);
  const publicBlobs = publicBlobAccess(record);
  b.set(
    "public_blob_access_allowed",
    publicBlobs.value,
    publicBlobs.path ? { attr: publicBlobs.path } : undefined,
  );
  fromAliases(b, record, "public_network_access", ["public_network_access_enabled"], true, bool(true));
  fromAliases(b, record, "shared_key_access", ["shared_access_key_enabled"], true, bool(true));
  fromAliases(
    b,
    record,
    "infrastructure_encryption",
    ["infrastructure_encryption_enabled"],
    false,
    bool(false),
  );
  // Cross-tenant replication defaulted true until azurerm 4.0 and false since: unwritten, it depends
  // on the provider version, which the configuration does not pin down.
  fromAliases(
    b,
    record,
    "cross_tenant_replication",
    ["cross_tenant_replication_enabled"],
    unknown("the default depends on the azurerm version (true before 4.0, false since)"),
    bool(true),
  );
  fromAliases(b, record, "replication", ["account_replication_type"], unknown("replication type not set"));

  const netRules = companionsOf(record, ctx, NETWORK_RULES);
  for (const r of netRules) b.join(r);
  setNetworkRules(b, record, netRules[netRules.length - 1]);

  // Storage Service Encryption is always on and cannot be turned off.
  b.set("encryption.enabled", true);
  const cmk = companionsOf(record, ctx, CMK);
  for (const c of cmk) b.join(c);
  if (cmk[0]) b.set("encryption.customer_managed_key", true, { record: cmk[0] });
  else written(b, record, "encryption.customer_managed_key", ["customer_managed_key.0.key_vault_key_id"]);

  // Blob soft delete and versioning are off unless `blob_properties` says otherwise.
  fromAliases(
    b,
    record,
    "blob_soft_delete_days",
    ["blob_properties.0.delete_retention_policy.0.days"],
    null,
    num(),
  );
  if (
    firstAttr(record, ["blob_properties.0.delete_retention_policy"]) &&
    !firstAttr(record, ["blob_properties.0.delete_retention_policy.0.days"])
  )
    b.set("blob_soft_delete_days", 7, { attr: "blob_properties.0.delete_retention_policy" });
  fromAliases(
    b,
    record,
    "container_soft_delete_days",
    ["blob_properties.0.container_delete_retention_policy.0.days"],
    null,
    num(),
  );
  if (
    firstAttr(record, ["blob_properties.0.container_delete_retention_policy"]) &&
    !firstAttr(record, ["blob_properties.0.container_delete_retention_policy.0.days"])
  )
    b.set("container_soft_delete_days", 7, { attr: "blob_properties.0.container_delete_retention_policy" });
  fromAliases(b, record, "versioning.enabled", ["blob_properties.0.versioning_enabled"], false, bool(false));

  b.set("queue_logging.enabled", ...queueLogging(record, ctx));
  return b.build();
}

/** Queue Storage Analytics logging: inline `queue_properties.logging` or the v4 separate resource. */
function queueLogging(
  record: RawRecord,
  ctx: NormalizeContext,
): [Value, { record: RawRecord; attr: string }?] {
  const separate = companionsOf(record, ctx, "azurerm_storage_account_queue_properties")[0];
  const src = separate ?? record;
  const base = separate ? "logging.0" : "queue_properties.0.logging.0";
  const logging = firstAttr(src, [base]);
  if (!logging) return [false];
  if (isUnknown(logging.value)) return [logging.value, { record: src, attr: base }];
  const flags = ["read", "write", "delete"].map((k) => firstAttr(src, [`${base}.${k}`])?.value);
  const unknownFlag = flags.find(isUnknown);
  if (unknownFlag) return [unknownFlag, { record: src, attr: base }];
  return [flags.every((f) => f === true || f === "true"), { record: src, attr: base }];
}

function normalizeContainer(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "cloud_storage_bucket" });
  const account = accountOf(record, ctx);
  const access = firstAttr(record, ["container_access_type"]);
  const accessType: Value = access ? access.value : "private"; // default private
  const publicAcl: Value = isUnknown(accessType)
    ? accessType
    : String(accessType).toLowerCase() !== "private";
  b.set("public_acl", publicAcl, access ? { attr: "container_access_type" } : undefined);

  if (account) {
    b.link("in_storage_account", uidOf(account));
    const { value: allowed, path } = publicBlobAccess(account);
    b.set("public_access_blocked", isUnknown(allowed) ? allowed : allowed === false, {
      record: account,
      ...(path ? { attr: path } : {}),
    });
    b.set(
      "public_access",
      combinePublic(publicAcl, allowed),
      access ? { attr: "container_access_type" } : undefined,
    );
    b.set("encryption.enabled", true);
    const cmk =
      companionsOf(account, ctx, CMK).length > 0 ||
      firstAttr(account, ["customer_managed_key.0.key_vault_key_id"]) !== undefined;
    b.set("encryption.customer_managed_key", cmk);
    const versioning = firstAttr(account, ["blob_properties.0.versioning_enabled"]);
    if (versioning)
      b.set("versioning.enabled", bool(false)(versioning.value), { record: account, attr: versioning.path });
    else b.set("versioning.enabled", false, { record: account });
  } else {
    // The account is not in this configuration: its public-access switch, encryption keys and
    // versioning are unknown, but Storage Service Encryption is always on.
    const why = unknown("the storage account is not in this configuration");
    b.set("public_access_blocked", why);
    b.set(
      "public_access",
      publicAcl === false ? false : why,
      access ? { attr: "container_access_type" } : undefined,
    );
    b.set("encryption.enabled", true);
    b.set("encryption.customer_managed_key", why);
    b.set("versioning.enabled", why);
  }
  return b.build();
}

/**
 * Whether the account lets containers be public: `allow_nested_items_to_be_public` (azurerm 3+,
 * default true) or its azurerm 2 name `allow_blob_public_access` (default false then).
 */
function publicBlobAccess(account: RawRecord): { value: Value; path?: string } {
  const current = firstAttr(account, ["allow_nested_items_to_be_public"]);
  if (current) return { value: bool(true)(current.value), path: current.path };
  const legacy = firstAttr(account, ["allow_blob_public_access"]);
  if (legacy) return { value: bool(false)(legacy.value), path: legacy.path };
  return { value: true };
}

/** Public when the container allows anonymous reads and the account does not forbid it. */
function combinePublic(acl: Value, allowed: Value): Value {
  if (acl === false || allowed === false) return false;
  if (isUnknown(acl)) return acl;
  if (isUnknown(allowed)) return allowed;
  return true;
}

function normalizeNetworkRules(record: RawRecord, ctx: NormalizeContext): Resource | null {
  if (accountOf(record, ctx)) return null; // folded into its account
  // The account is managed elsewhere: the firewall settings are still judged on their own.
  const b = new ResourceBuilder(record, {
    provider: "azure",
    type: "storage_account",
    name:
      typeof record.attrs["storage_account_name"] === "string"
        ? record.attrs["storage_account_name"]
        : record.name,
  });
  setNetworkRules(b, record, record);
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["azurerm_storage_account"],
    companions: [CMK, "azurerm_storage_account_queue_properties"],
    normalize: normalizeAccount,
  },
  { native_types: ["azurerm_storage_container"], normalize: normalizeContainer },
  { native_types: [NETWORK_RULES], normalize: normalizeNetworkRules },
];
