/**
 * Microsoft Defender for Cloud: plan pricings → `threat_detection`, security contacts →
 * `security_contact`, auto provisioning → `threat_detection` of plan `AutoProvisioning`.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown } from "../../../model/value.ts";
import { asBool, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { firstAttr } from "./helpers.ts";

function normalizePricing(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "threat_detection" });
  const tier = firstAttr(record, ["tier"]);
  b.set(
    "enabled",
    tier ? (isUnknown(tier.value) ? tier.value : String(tier.value).toLowerCase() === "standard") : false,
    tier ? { attr: "tier" } : undefined,
  );
  // `resource_type` defaults to VirtualMachines (Defender for Servers).
  b.fromAttr("plan", "resource_type", "VirtualMachines");
  return b.build();
}

function normalizeContact(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "security_contact" });
  b.fromAttr("email", "email", null);
  // Both notification switches are required arguments: absent means the configuration is incomplete.
  const missing = unknown("required argument not written");
  b.fromAttr("alert_notifications", "alert_notifications", missing, (v) => asBool(v, false));
  b.fromAttr("alerts_to_admins", "alerts_to_admins", missing, (v) => asBool(v, false));
  return b.build();
}

function normalizeAutoProvisioning(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "threat_detection" });
  const v = record.attrs["auto_provision"];
  b.set("enabled", isUnknown(v) ? v : String(v ?? "").toLowerCase() === "on", { attr: "auto_provision" });
  b.set("plan", "AutoProvisioning");
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["azurerm_security_center_subscription_pricing"], normalize: normalizePricing },
  { native_types: ["azurerm_security_center_contact"], normalize: normalizeContact },
  { native_types: ["azurerm_security_center_auto_provisioning"], normalize: normalizeAutoProvisioning },
];
