/**
 * Storage accounts and blob containers. ARM's defaults differ from the azurerm provider's (which
 * the Terraform normalizer assumes), so the translation writes ARM's own where a property is absent.
 */
import { isUnknown, isValueMap, type Value } from "../../../model/value.ts";
import { single, type Translation } from "../../cloudformation/translate.ts";
import { apiAtLeast, copyTags, enabled, parentRef } from "../helpers.ts";

const ACCESS: Record<string, string> = { none: "private", blob: "blob", container: "container" };

const account = single("Microsoft.Storage/storageAccounts", "azurerm_storage_account", (t) => {
  copyTags(t);
  const p = "properties.";
  // Secure transfer became the default in API version 2019-04-01.
  if (t.get(`${p}supportsHttpsTrafficOnly`) !== undefined)
    t.copy("https_traffic_only_enabled", `${p}supportsHttpsTrafficOnly`);
  else t.put("https_traffic_only_enabled", apiAtLeast(t, "2019-04-01"));
  // "The default interpretation is TLS 1.0 for this property" (Storage REST API).
  t.put("min_tls_version", t.get(`${p}minimumTlsVersion`) ?? "TLS1_0", `${p}minimumTlsVersion`);
  // Anonymous blob access: allowed unless disallowed before API 2023-01-01, disallowed by default since.
  if (t.get(`${p}allowBlobPublicAccess`) !== undefined)
    t.copy("allow_nested_items_to_be_public", `${p}allowBlobPublicAccess`);
  else t.put("allow_nested_items_to_be_public", !apiAtLeast(t, "2023-01-01"));
  t.copy("public_network_access_enabled", `${p}publicNetworkAccess`, enabled);
  t.copy("shared_access_key_enabled", `${p}allowSharedKeyAccess`);
  t.copy("cross_tenant_replication_enabled", `${p}allowCrossTenantReplication`);
  t.copy("infrastructure_encryption_enabled", `${p}encryption.requireInfrastructureEncryption`);
  t.copy("account_replication_type", "sku.name", (v) => (typeof v === "string" ? (v.split("_")[1] ?? v) : v));
  const keySource = t.get(`${p}encryption.keySource`);
  if (typeof keySource === "string" && keySource.toLowerCase() === "microsoft.keyvault")
    t.put(
      "customer_managed_key.0.key_vault_key_id",
      t.get(`${p}encryption.keyvaultproperties.keyname`) ?? "key",
      `${p}encryption`,
    );
  if (t.get(`${p}networkAcls`) !== undefined) {
    t.put("network_rules.0", {}, `${p}networkAcls`);
    t.copy("network_rules.0.default_action", `${p}networkAcls.defaultAction`);
    t.copy("network_rules.0.bypass", `${p}networkAcls.bypass`, (v) =>
      typeof v === "string" ? v.split(",").map((x) => x.trim()) : v,
    );
    const ips = t.get(`${p}networkAcls.ipRules`);
    if (ips !== undefined)
      t.put(
        "network_rules.0.ip_rules",
        Array.isArray(ips) ? ips.map((r) => (isValueMap(r) ? (r["value"] ?? null) : r)) : ips,
        `${p}networkAcls.ipRules`,
      );
  }
  // Blob soft delete and versioning live on the account's blob service (a child resource).
  const service = t.index
    .ofType("Microsoft.Storage/storageAccounts/blobServices")
    .find((s) => pointsAt(s.attrs["$parent"], t.src.address));
  if (service) {
    const sp = service.attrs["properties"];
    const props = isValueMap(sp) ? sp : {};
    const retention = (v: Value | undefined): Value | undefined =>
      isValueMap(v) ? (v["enabled"] === true ? [{ days: v["days"] ?? 7 }] : undefined) : undefined;
    const blob: Record<string, Value> = {};
    const del = retention(props["deleteRetentionPolicy"]);
    if (del) blob["delete_retention_policy"] = del;
    const cdel = retention(props["containerDeleteRetentionPolicy"]);
    if (cdel) blob["container_delete_retention_policy"] = cdel;
    if (props["isVersioningEnabled"] !== undefined)
      blob["versioning_enabled"] = props["isVersioningEnabled"]!;
    t.put("blob_properties", [blob]);
  }
});

function pointsAt(ref: Value | undefined, address: string): boolean {
  return isUnknown(ref) && ref.refs.includes(address);
}

const container = single(
  "Microsoft.Storage/storageAccounts/blobServices/containers",
  "azurerm_storage_container",
  (t) => {
    t.copy("name", "name");
    // The Terraform normalizer finds the account by `storage_account_name`: the parent reference does.
    t.put("storage_account_name", parentRef(t));
    t.put(
      "container_access_type",
      (() => {
        const v = t.get("properties.publicAccess");
        if (v === undefined) return "private";
        return typeof v === "string" ? (ACCESS[v.toLowerCase()] ?? v.toLowerCase()) : v;
      })(),
      "properties.publicAccess",
    );
  },
);

/** Blob services only configure their account: joined there, no resource of their own. */
const blobService = single(
  "Microsoft.Storage/storageAccounts/blobServices",
  "azurerm_storage_account_blob_properties_arm",
  () => {},
  true,
);

export const translations: Translation[] = [account, container, blobService];
