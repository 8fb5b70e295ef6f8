/**
 * Key Vaults (keys, secrets), VMs and managed disks, App Service sites, AKS clusters, monitoring
 * (diagnostic settings, log profiles), Defender for Cloud (pricings, contacts) and custom roles.
 */
import { isUnknown, isValueMap, type Value } from "../../../model/value.ts";
import { single, type Translation } from "../../cloudformation/translate.ts";
import { copyTags, enabled, isWritten, parentRef } from "../helpers.ts";

const vault = single("Microsoft.KeyVault/vaults", "azurerm_key_vault", (t) => {
  copyTags(t);
  t.copy("purge_protection_enabled", "properties.enablePurgeProtection");
  t.copy("soft_delete_retention_days", "properties.softDeleteRetentionInDays");
  t.copy("enable_rbac_authorization", "properties.enableRbacAuthorization");
  t.copy("public_network_access_enabled", "properties.publicNetworkAccess", enabled);
  if (t.get("properties.networkAcls") !== undefined) {
    t.put("network_acls.0", {}, "properties.networkAcls");
    t.copy("network_acls.0.default_action", "properties.networkAcls.defaultAction");
  }
});

const vaultItem = (arm: string, tf: string, key: boolean): Translation =>
  single(arm, tf, (t) => {
    copyTags(t);
    t.put("key_vault_id", parentRef(t));
    t.copy("expiration_date", "properties.attributes.exp");
    if (!key) t.copy("content_type", "properties.contentType");
    if (key && t.get("properties.rotationPolicy") !== undefined) {
      t.put("rotation_policy.0", {}, "properties.rotationPolicy");
      const actions = t.get("properties.rotationPolicy.lifetimeActions");
      const rotate = Array.isArray(actions)
        ? actions.find(
            (a) =>
              isValueMap(a) &&
              isValueMap(a["action"]) &&
              String(a["action"]["type"]).toLowerCase() === "rotate",
          )
        : undefined;
      if (isValueMap(rotate) && isValueMap(rotate["trigger"]))
        t.put(
          "rotation_policy.0.automatic.0.time_after_create",
          rotate["trigger"]["timeAfterCreate"] ?? null,
        );
      t.copy("rotation_policy.0.expire_after", "properties.rotationPolicy.attributes.expiryTime");
    }
  });

const vm = single("Microsoft.Compute/virtualMachines", "azurerm_linux_virtual_machine", (t) => {
  copyTags(t);
  if (isWritten(t, "properties.storageProfile.osDisk.managedDisk.diskEncryptionSet.id"))
    t.copy(
      "os_disk.0.disk_encryption_set_id",
      "properties.storageProfile.osDisk.managedDisk.diskEncryptionSet.id",
    );
  t.copy("encryption_at_host_enabled", "properties.securityProfile.encryptionAtHost");
  t.copy(
    "disable_password_authentication",
    "properties.osProfile.linuxConfiguration.disablePasswordAuthentication",
  );
  t.copy("identity.0.type", "identity.type");
  t.copy("network_interface_ids", "properties.networkProfile.networkInterfaces", (v) =>
    Array.isArray(v) ? v.map((n) => (isValueMap(n) ? (n["id"] ?? null) : n)) : v,
  );
});

const disk = single("Microsoft.Compute/disks", "azurerm_managed_disk", (t) => {
  copyTags(t);
  if (isWritten(t, "properties.encryption.diskEncryptionSetId"))
    t.copy("disk_encryption_set_id", "properties.encryption.diskEncryptionSetId");
  if (t.get("properties.encryptionSettingsCollection") !== undefined)
    t.copy("encryption_settings.0.enabled", "properties.encryptionSettingsCollection.enabled");
  t.copy("disk_size_gb", "properties.diskSizeGB");
});

const SITE_CONFIG = "Microsoft.Web/sites/config";

/** Function apps are sites whose `kind` says so; both map onto the current azurerm resources. */
const site = single("Microsoft.Web/sites", "azurerm_linux_web_app", (t) => {
  copyTags(t);
  // https_only: ARM's default is false, as azurerm's.
  t.copy("https_only", "properties.httpsOnly");
  t.copy("client_certificate_enabled", "properties.clientCertEnabled");
  t.copy("client_certificate_mode", "properties.clientCertMode");
  t.copy("public_network_access_enabled", "properties.publicNetworkAccess", enabled);
  t.copy("identity.0.type", "identity.type");
  const sc = "properties.siteConfig";
  // The site's configuration may also be written as a `Microsoft.Web/sites/config` child named `web`.
  const child = t.index
    .ofType(SITE_CONFIG)
    .find((c) => isUnknown(c.attrs["$parent"]) && c.attrs["$parent"].refs.includes(t.src.address));
  const childProps = child && isValueMap(child.attrs["properties"]) ? child.attrs["properties"] : {};
  const setting = (name: string): Value | undefined => t.get(`${sc}.${name}`) ?? childProps[name];
  // minTlsVersion defaults to 1.2 and ftpsState to AllAllowed for sites created through ARM.
  t.put("site_config.0.minimum_tls_version", setting("minTlsVersion") ?? "1.2", `${sc}.minTlsVersion`);
  t.put("site_config.0.ftps_state", setting("ftpsState") ?? "AllAllowed", `${sc}.ftpsState`);
  t.put("site_config.0.http2_enabled", setting("http20Enabled"), `${sc}.http20Enabled`);
  t.put(
    "site_config.0.remote_debugging_enabled",
    setting("remoteDebuggingEnabled"),
    `${sc}.remoteDebuggingEnabled`,
  );
});

const aks = single("Microsoft.ContainerService/managedClusters", "azurerm_kubernetes_cluster", (t) => {
  copyTags(t);
  const p = "properties.";
  // enableRBAC defaults to true.
  t.copy("role_based_access_control_enabled", `${p}enableRBAC`);
  if (t.get(`${p}aadProfile`) !== undefined)
    t.put("azure_active_directory_role_based_access_control.0", {}, `${p}aadProfile`);
  t.copy("private_cluster_enabled", `${p}apiServerAccessProfile.enablePrivateCluster`);
  t.copy("api_server_access_profile.0.authorized_ip_ranges", `${p}apiServerAccessProfile.authorizedIPRanges`);
  if (t.get(`${p}networkProfile`) !== undefined) {
    t.put("network_profile.0", {}, `${p}networkProfile`);
    t.copy("network_profile.0.network_policy", `${p}networkProfile.networkPolicy`);
  }
  t.copy("local_account_disabled", `${p}disableLocalAccounts`);
  t.copy("azure_policy_enabled", `${p}addonProfiles.azurepolicy.enabled`);
  t.copy("addon_profile.0.kube_dashboard.0.enabled", `${p}addonProfiles.kubeDashboard.enabled`);
  if (t.get(`${p}addonProfiles.omsagent.enabled`) === true)
    t.put("oms_agent", [{}], `${p}addonProfiles.omsagent`);
  if (isWritten(t, `${p}diskEncryptionSetID`)) t.copy("disk_encryption_set_id", `${p}diskEncryptionSetID`);
  t.copy("identity.0.type", "identity.type");
});

/** Diagnostic settings: an extension resource (`scope`) or a child written under `providers`. */
const diagnostics = (arm: string): Translation =>
  single(arm, "azurerm_monitor_diagnostic_setting", (t) => {
    t.copy("name", "name");
    t.put("target_resource_id", t.get("scope") ?? parentRef(t));
    t.copy("storage_account_id", "properties.storageAccountId");
    t.copy("log_analytics_workspace_id", "properties.workspaceId");
    t.copy("eventhub_authorization_rule_id", "properties.eventHubAuthorizationRuleId");
    t.each("properties.logs", "log", (arm_, tf) => {
      t.copy(`${tf}.category`, `${arm_}.category`);
      t.copy(`${tf}.category_group`, `${arm_}.categoryGroup`);
      t.copy(`${tf}.enabled`, `${arm_}.enabled`);
    });
  });

const logProfile = single("Microsoft.Insights/logprofiles", "azurerm_monitor_log_profile", (t) => {
  t.copy("name", "name");
  t.copy("locations", "properties.locations");
  t.copy("categories", "properties.categories");
  if (t.get("properties.retentionPolicy") !== undefined) {
    t.put("retention_policy.0", {}, "properties.retentionPolicy");
    t.copy("retention_policy.0.enabled", "properties.retentionPolicy.enabled");
    t.copy("retention_policy.0.days", "properties.retentionPolicy.days");
  }
});

const pricing = single("Microsoft.Security/pricings", "azurerm_security_center_subscription_pricing", (t) => {
  t.copy("tier", "properties.pricingTier");
  t.copy("resource_type", "name");
});

const contact = single("Microsoft.Security/securityContacts", "azurerm_security_center_contact", (t) => {
  t.copy("email", "properties.email", (v) => (typeof v === "string" ? v.split(";")[0]!.trim() : v));
  // API 2017-08-01: alertNotifications / alertsToAdmins are "On"/"Off"; 2020-01-01: objects with `state`.
  const onOff = (v: Value): Value =>
    isUnknown(v) ? v : isValueMap(v) ? onOff(v["state"] ?? "Off") : String(v).toLowerCase() === "on";
  t.put(
    "alert_notifications",
    onOff(t.get("properties.alertNotifications") ?? "Off"),
    "properties.alertNotifications",
  );
  t.put(
    "alerts_to_admins",
    onOff(t.get("properties.notificationsByRole") ?? t.get("properties.alertsToAdmins") ?? "Off"),
    "properties.alertsToAdmins",
  );
});

const roleDefinition = single("Microsoft.Authorization/roleDefinitions", "azurerm_role_definition", (t) => {
  t.copy("name", "properties.roleName");
  t.copy("assignable_scopes", "properties.assignableScopes");
  t.each("properties.permissions", "permissions", (arm, tf) => {
    t.copy(`${tf}.actions`, `${arm}.actions`);
    t.copy(`${tf}.not_actions`, `${arm}.notActions`);
  });
});

export const translations: Translation[] = [
  vault,
  vaultItem("Microsoft.KeyVault/vaults/keys", "azurerm_key_vault_key", true),
  vaultItem("Microsoft.KeyVault/vaults/secrets", "azurerm_key_vault_secret", false),
  vm,
  disk,
  site,
  aks,
  diagnostics("Microsoft.Insights/diagnosticSettings"),
  logProfile,
  pricing,
  contact,
  roleDefinition,
  // Joined into its site above; no resource of its own.
  single(SITE_CONFIG, "azurerm_web_app_config_arm", () => {}, true),
];
