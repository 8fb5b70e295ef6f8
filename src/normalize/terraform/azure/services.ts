/**
 * Smaller Azure services: Cache for Redis → `cache_cluster`, Container Registry → `container_registry`,
 * Application Gateway → `load_balancer`, Event Hubs / Service Bus namespaces → `messaging_namespace`.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown } from "../../../model/value.ts";
import { asBool, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { bool, firstAttr, fromAliases, hasBlock, tlsVersion } from "./helpers.ts";

function normalizeRedis(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "cache_cluster" });
  b.set("engine", "redis");
  b.set("encryption.enabled", true); // data at rest is encrypted by the platform
  // The plain-text port 6379 is off unless enabled (v3 `enable_non_ssl_port`, v4 `non_ssl_port_enabled`).
  fromAliases(b, record, "transit_encryption", ["non_ssl_port_enabled", "enable_non_ssl_port"], true, (v) => {
    const x = asBool(v, false);
    return typeof x === "boolean" ? !x : x;
  });
  // Minimum TLS defaults to 1.2 since azurerm 3.0.
  fromAliases(b, record, "min_tls_version", ["minimum_tls_version"], "1.2", tlsVersion);
  fromAliases(b, record, "public_network_access", ["public_network_access_enabled"], true, bool(true));
  // Access keys are always required unless `active_directory_authentication_enabled` replaces them; either way clients authenticate.
  fromAliases(b, record, "auth_required", ["redis_configuration.0.authentication_enabled"], true, bool(true));
  const patch = hasBlock(record, "patch_schedule");
  b.set("patch_schedule", patch, patch === true ? { attr: "patch_schedule" } : undefined);
  return b.build();
}

function normalizeRegistry(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "container_registry" });
  // Anonymous pull makes every image readable by anyone.
  fromAliases(b, record, "public_access", ["anonymous_pull_enabled"], false, bool(false));
  fromAliases(b, record, "admin_user", ["admin_enabled"], false, bool(false));
  fromAliases(b, record, "public_network_access", ["public_network_access_enabled"], true, bool(true));
  b.set("encryption.enabled", true);
  const cmk = firstAttr(record, ["encryption.0.key_vault_key_id"]);
  const on = firstAttr(record, ["encryption.0.enabled"]);
  b.set(
    "encryption.customer_managed_key",
    cmk !== undefined && (on === undefined || asBool(on.value, true) !== false),
    cmk ? { attr: cmk.path } : undefined,
  );
  return b.build();
}

function normalizeAppGateway(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "load_balancer" });
  b.set("lb_type", "application");
  const frontends = record.attrs["frontend_ip_configuration"];
  b.set(
    "internal",
    isUnknown(frontends)
      ? frontends
      : !(
          Array.isArray(frontends) &&
          frontends.some(
            (f) =>
              f !== null &&
              typeof f === "object" &&
              !Array.isArray(f) &&
              !isUnknown(f) &&
              f["public_ip_address_id"] != null,
          )
        ),
    { attr: "frontend_ip_configuration" },
  );
  // WAF: an inline `waf_configuration` that is enabled, or a WAF policy attached.
  const policy = firstAttr(record, ["firewall_policy_id"]);
  const waf = firstAttr(record, ["waf_configuration.0.enabled"]);
  if (policy) b.set("waf_attached", true, { attr: policy.path });
  else if (waf) b.set("waf_attached", asBool(waf.value, false), { attr: waf.path });
  else b.set("waf_attached", false, firstAttr(record, ["sku"]) ? { attr: "sku" } : undefined);
  const mode = firstAttr(record, ["waf_configuration.0.firewall_mode"]);
  if (mode)
    b.set("waf_mode", isUnknown(mode.value) ? mode.value : String(mode.value).toLowerCase(), {
      attr: mode.path,
    });
  return b.build();
}

function normalizeNamespace(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "messaging_namespace" });
  // Event Hubs `local_authentication_enabled`, Service Bus `local_auth_enabled`; both default true.
  fromAliases(
    b,
    record,
    "local_auth",
    ["local_authentication_enabled", "local_auth_enabled"],
    true,
    bool(true),
  );
  fromAliases(b, record, "min_tls_version", ["minimum_tls_version"], "1.2", tlsVersion);
  fromAliases(b, record, "public_network_access", ["public_network_access_enabled"], true, bool(true));
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["azurerm_redis_cache"], normalize: normalizeRedis },
  { native_types: ["azurerm_container_registry"], normalize: normalizeRegistry },
  { native_types: ["azurerm_application_gateway"], normalize: normalizeAppGateway },
  {
    native_types: ["azurerm_eventhub_namespace", "azurerm_servicebus_namespace"],
    normalize: normalizeNamespace,
  },
];
