/**
 * App Service: web apps → `web_app`, function apps → `function`, with the same Azure keys
 * (`WebAppConfig` in types.ts). The legacy resources (`azurerm_app_service`, `azurerm_function_app`,
 * azurerm ≤ 3) and the current ones (`azurerm_linux_web_app`, …) differ in names and defaults.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { bool, firstAttr, fromAliases, lower, tlsVersion } from "./helpers.ts";
import { identityOf } from "./compute.ts";

const LEGACY = [
  "azurerm_app_service",
  "azurerm_function_app",
  "azurerm_app_service_slot",
  "azurerm_function_app_slot",
];
const WEB = [
  "azurerm_app_service",
  "azurerm_app_service_slot",
  "azurerm_linux_web_app",
  "azurerm_windows_web_app",
  "azurerm_linux_web_app_slot",
  "azurerm_windows_web_app_slot",
];
const FUNCTIONS = [
  "azurerm_function_app",
  "azurerm_function_app_slot",
  "azurerm_linux_function_app",
  "azurerm_windows_function_app",
  "azurerm_linux_function_app_slot",
  "azurerm_windows_function_app_slot",
];

/** `site_config` is a block (a list) but is sometimes written as a map; both forms are read. */
function site(path: string): string[] {
  return [`site_config.0.${path}`, `site_config.${path}`];
}

const STACK_VERSIONS: Record<string, string[]> = {
  php: ["php_version"],
  python: ["python_version"],
  java: ["java_version"],
  node: ["node_version"],
  dotnet: ["dotnet_version", "dotnet_framework_version"],
};

function runtimeVersions(record: RawRecord, legacy: boolean): Value {
  const out: Record<string, Value> = {};
  for (const [lang, names] of Object.entries(STACK_VERSIONS)) {
    const paths = legacy ? names.flatMap(site) : names.flatMap((n) => site(`application_stack.0.${n}`));
    const found = firstAttr(record, paths);
    if (!found) continue;
    if (isUnknown(found.value)) return found.value;
    out[lang] = String(found.value);
  }
  // Linux legacy apps write the stack as `linux_fx_version = "PYTHON|3.8"`.
  const fx = firstAttr(record, site("linux_fx_version"));
  if (fx && typeof fx.value === "string") {
    const m = /^([A-Za-z]+)\|(.+)$/.exec(fx.value);
    if (m) out[m[1]!.toLowerCase()] = m[2]!;
  }
  return out;
}

function normalizeApp(record: RawRecord): Resource {
  const legacy = LEGACY.includes(record.native_type);
  const type = FUNCTIONS.includes(record.native_type) ? "function" : "web_app";
  const b = new ResourceBuilder(record, { provider: "azure", type });
  fromAliases(b, record, "https_only", ["https_only"], false, bool(false));
  // Minimum TLS defaults to 1.2 on every App Service resource (azurerm 2.x on).
  fromAliases(
    b,
    record,
    "min_tls_version",
    [...site("minimum_tls_version"), ...site("min_tls_version")],
    "1.2",
    tlsVersion,
  );
  // The legacy resources leave FTP(S) fully allowed by default; the current ones default to Disabled.
  fromAliases(b, record, "ftps_state", site("ftps_state"), legacy ? "allallowed" : "disabled", lower);
  // Legacy web apps: `client_cert_enabled`; legacy function apps: `client_cert_mode = "Required"`;
  // current resources: `client_certificate_enabled` + `client_certificate_mode` (default Required).
  const enabled = firstAttr(record, ["client_certificate_enabled", "client_cert_enabled"]);
  const mode = firstAttr(record, ["client_certificate_mode", "client_cert_mode"]);
  let required: Value = false;
  if (enabled && isUnknown(enabled.value)) required = enabled.value;
  else if (mode && isUnknown(mode.value)) required = mode.value;
  else if (record.native_type === "azurerm_function_app")
    required = mode ? String(mode.value).toLowerCase() === "required" : false;
  else if (enabled)
    required =
      bool(false)(enabled.value) === true && (!mode || String(mode.value).toLowerCase() === "required");
  b.set(
    "client_cert_required",
    required,
    enabled ? { attr: enabled.path } : mode ? { attr: mode.path } : undefined,
  );

  const auth = firstAttr(record, [
    "auth_settings_v2.0.auth_enabled",
    "auth_settings.0.enabled",
    "auth_settings.enabled",
  ]);
  b.set("auth_enabled", auth ? bool(false)(auth.value) : false, auth ? { attr: auth.path } : undefined);
  identityOf(b, record);
  fromAliases(b, record, "http2_enabled", site("http2_enabled"), false, bool(false));
  fromAliases(
    b,
    record,
    "remote_debugging",
    [...site("remote_debugging_enabled"), ...site("remote_debugging")],
    false,
    bool(false),
  );
  b.set(
    "runtime_versions",
    runtimeVersions(record, legacy),
    firstAttr(record, ["site_config"]) ? { attr: "site_config" } : undefined,
  );
  fromAliases(b, record, "public_network_access", ["public_network_access_enabled"], true, bool(true));
  return b.build();
}

export const normalizers: Normalizer[] = [{ native_types: [...WEB, ...FUNCTIONS], normalize: normalizeApp }];
