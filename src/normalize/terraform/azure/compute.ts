/**
 * Azure virtual machines → `compute_instance`, managed disks → `disk`.
 *
 * What "encrypted" means on Azure: every managed disk is encrypted at rest by Storage Service
 * Encryption with a platform-managed key, and that cannot be turned off, so `encryption.enabled`
 * is always true. What a configuration can choose is a customer-managed key (a disk encryption
 * set) and Azure Disk Encryption inside the guest; `customer_managed_key` records the former and
 * the Azure-specific rules judge it.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { bool, firstAttr, fromAliases, referenced, uidOf } from "./helpers.ts";

const VM_TYPES = [
  "azurerm_linux_virtual_machine",
  "azurerm_windows_virtual_machine",
  "azurerm_virtual_machine",
];
const SCALE_SET_TYPES = [
  "azurerm_linux_virtual_machine_scale_set",
  "azurerm_windows_virtual_machine_scale_set",
  "azurerm_virtual_machine_scale_set",
  "azurerm_orchestrated_virtual_machine_scale_set",
];

/** The managed identity type (`SystemAssigned`, `UserAssigned`, …), null when none. */
export function identityOf(b: ResourceBuilder, record: RawRecord, configPath = "identity"): void {
  const id = firstAttr(record, ["identity.0.type", "identity"]);
  if (!id) b.set(configPath, null);
  else if (isUnknown(id.value)) b.set(configPath, id.value, { attr: id.path });
  else if (typeof id.value === "string") b.set(configPath, id.value, { attr: id.path });
  else b.set(configPath, unknown("identity type not known"), { attr: id.path });
}

/** A VM has a public IP when one of its NICs in this configuration has an ip_configuration with one. */
function publicIp(record: RawRecord, ctx: NormalizeContext, b: ResourceBuilder): void {
  const ids = record.attrs["network_interface_ids"];
  if (isUnknown(ids)) {
    b.set("public_ip", ids, { attr: "network_interface_ids" });
    return;
  }
  const nics = referenced(ctx.index, record, ids, "azurerm_network_interface");
  let found = false;
  for (const nic of nics) {
    b.link("uses_network_interface", uidOf(nic));
    const configs = blocks(nic.attrs, "ip_configuration");
    const i = configs.findIndex(
      (c) => c["public_ip_address_id"] !== undefined && c["public_ip_address_id"] !== null,
    );
    if (i >= 0 && !found) {
      found = true;
      b.set("public_ip", true, { record: nic, attr: `ip_configuration.${i}.public_ip_address_id` });
    }
  }
  if (!found) {
    // NICs referenced but not in this configuration (or written literally) are not known.
    const written = Array.isArray(ids) ? ids.length : 0;
    b.set(
      "public_ip",
      nics.length < written ? unknown("a network interface is not in this configuration") : false,
    );
  }
}

function normalizeVm(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "compute_instance" });
  publicIp(record, ctx, b);
  identityOf(b, record);
  // Platform-managed encryption is always on; a disk encryption set makes it customer-managed.
  b.set("disk_encryption.enabled", true);
  const des = firstAttr(record, [
    "os_disk.0.disk_encryption_set_id",
    "storage_os_disk.0.disk_encryption_set_id",
  ]);
  b.set("disk_encryption.customer_managed_key", des !== undefined, des ? { attr: des.path } : undefined);
  fromAliases(b, record, "encryption_at_host", ["encryption_at_host_enabled"], false, bool(false));
  // Extensions are allowed unless turned off (`allow_extension_operations`, v4 `extension_operations_enabled`).
  fromAliases(
    b,
    record,
    "extension_operations",
    ["extension_operations_enabled", "allow_extension_operations"],
    true,
    bool(true),
  );
  if (record.native_type === "azurerm_linux_virtual_machine") {
    // `disable_password_authentication` defaults true.
    fromAliases(b, record, "password_auth", ["disable_password_authentication"], false, (v) =>
      negate(asBool(v, true)),
    );
  } else if (record.native_type === "azurerm_virtual_machine") {
    // The legacy resource: Linux when `os_profile_linux_config` is written, where the attribute is required.
    const linux = block(record.attrs, "os_profile_linux_config");
    if (linux)
      fromAliases(
        b,
        record,
        "password_auth",
        ["os_profile_linux_config.0.disable_password_authentication"],
        unknown("not set"),
        (v) => negate(asBool(v, true)),
      );
  }
  return b.build();
}

function normalizeScaleSet(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "compute_instance" });
  const nics = firstAttr(record, ["network_interface", "network_profile"]);
  const pip = firstAttr(record, [
    "network_interface.0.ip_configuration.0.public_ip_address",
    "network_profile.0.ip_configuration.0.public_ip_address_configuration",
  ]);
  b.set(
    "public_ip",
    pip ? true : nics ? false : unknown("no network interface"),
    pip ? { attr: pip.path } : undefined,
  );
  identityOf(b, record);
  b.set("disk_encryption.enabled", true);
  const des = firstAttr(record, ["os_disk.0.disk_encryption_set_id"]);
  b.set("disk_encryption.customer_managed_key", des !== undefined, des ? { attr: des.path } : undefined);
  fromAliases(b, record, "encryption_at_host", ["encryption_at_host_enabled"], false, bool(false));
  if (record.native_type === "azurerm_linux_virtual_machine_scale_set")
    fromAliases(b, record, "password_auth", ["disable_password_authentication"], false, (v) =>
      negate(asBool(v, true)),
    );
  return b.build();
}

function negate(v: Value): Value {
  return typeof v === "boolean" ? !v : v;
}

function normalizeDisk(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "disk" });
  b.set("encryption.enabled", true);
  const des = firstAttr(record, ["disk_encryption_set_id", "secure_vm_disk_encryption_set_id"]);
  b.set("encryption.customer_managed_key", des !== undefined, des ? { attr: des.path } : undefined);
  if (des)
    b.set("encryption.key_id", isUnknown(des.value) ? des.value : String(des.value), { attr: des.path });
  // Azure Disk Encryption (in-guest BitLocker / dm-crypt), when configured on the disk.
  const ade = firstAttr(record, ["encryption_settings.0.enabled", "encryption_settings.0"]);
  if (ade)
    b.set("guest_encryption.enabled", ade.path.endsWith("enabled") ? asBool(ade.value, true) : true, {
      attr: ade.path,
    });
  else b.set("guest_encryption.enabled", false);
  b.fromAttr("size_gb", "disk_size_gb", null);
  const attached = ctx.index
    .ofType("azurerm_virtual_machine_data_disk_attachment")
    .some((a) => referenced(ctx.index, a, a.attrs["managed_disk_id"], record.native_type).includes(record));
  b.set("attached", attached);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: VM_TYPES, normalize: normalizeVm },
  { native_types: SCALE_SET_TYPES, normalize: normalizeScaleSet },
  { native_types: ["azurerm_managed_disk"], normalize: normalizeDisk },
];
