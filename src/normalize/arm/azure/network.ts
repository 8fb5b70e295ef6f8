/** Network security groups (inline `securityRules` and child rules), flow logs, VNets, NICs. */
import { single, type Tf, type Translation } from "../../cloudformation/translate.ts";
import { copyTags, parentRef } from "../helpers.ts";

/** ARM's rule properties → azurerm's `security_rule` attribute names. */
const RULE_FIELDS: Record<string, string> = {
  priority: "priority",
  direction: "direction",
  access: "access",
  protocol: "protocol",
  sourcePortRange: "source_port_range",
  sourcePortRanges: "source_port_ranges",
  destinationPortRange: "destination_port_range",
  destinationPortRanges: "destination_port_ranges",
  sourceAddressPrefix: "source_address_prefix",
  sourceAddressPrefixes: "source_address_prefixes",
  destinationAddressPrefix: "destination_address_prefix",
  destinationAddressPrefixes: "destination_address_prefixes",
  description: "description",
};

function rule(t: Tf, armPath: string, tfPath: string): void {
  t.copy(`${tfPath}name`, `${armPath}name`);
  for (const [arm, tf] of Object.entries(RULE_FIELDS))
    t.copy(`${tfPath}${tf}`, `${armPath}properties.${arm}`);
  if (t.get(`${armPath}properties.sourceApplicationSecurityGroups`) !== undefined)
    t.copy(
      `${tfPath}source_application_security_group_ids`,
      `${armPath}properties.sourceApplicationSecurityGroups`,
    );
}

const nsg = single("Microsoft.Network/networkSecurityGroups", "azurerm_network_security_group", (t) => {
  copyTags(t);
  t.each("properties.securityRules", "security_rule", (arm, tf) => rule(t, `${arm}.`, `${tf}.`));
});

const nsgRule = single(
  "Microsoft.Network/networkSecurityGroups/securityRules",
  "azurerm_network_security_rule",
  (t) => {
    rule(t, "", "");
    t.put("network_security_group_name", parentRef(t));
  },
  true,
);

const flowLog = single(
  "Microsoft.Network/networkWatchers/flowLogs",
  "azurerm_network_watcher_flow_log",
  (t) => {
    copyTags(t);
    t.copy("enabled", "properties.enabled");
    t.copy("target_resource_id", "properties.targetResourceId");
    if (t.get("properties.retentionPolicy") !== undefined) {
      t.put("retention_policy.0", {}, "properties.retentionPolicy");
      t.copy("retention_policy.0.enabled", "properties.retentionPolicy.enabled");
      t.copy("retention_policy.0.days", "properties.retentionPolicy.days");
    }
    t.copy(
      "traffic_analytics.0.enabled",
      "properties.flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration.enabled",
    );
  },
);

const vnet = single("Microsoft.Network/virtualNetworks", "azurerm_virtual_network", (t) => {
  copyTags(t);
  if (t.get("properties.enableDdosProtection") !== undefined)
    t.copy("ddos_protection_plan.0.enable", "properties.enableDdosProtection");
});

const nic = single("Microsoft.Network/networkInterfaces", "azurerm_network_interface", (t) => {
  copyTags(t);
  t.copy("ip_forwarding_enabled", "properties.enableIPForwarding");
  t.each("properties.ipConfigurations", "ip_configuration", (arm, tf) => {
    t.copy(`${tf}.name`, `${arm}.name`);
    t.copy(`${tf}.public_ip_address_id`, `${arm}.properties.publicIPAddress.id`);
  });
});

export const translations: Translation[] = [nsg, nsgRule, flowLog, vnet, nic];
