/**
 * Compute Engine: instances and instance templates → `compute_instance`, project-wide metadata →
 * `compute_project_metadata`, disks → `disk`, snapshots → `disk_snapshot`.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, isValueMap, unknown, type Value, type ValueMap } from "../../../model/value.ts";
import { asBool, asNumber, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer, NormalizeContext } from "../../registry.ts";
import { scopesOf, setIdentity } from "./identity.ts";
import { anyPublic, membersOf } from "./members.ts";

/** GCE metadata booleans are strings (`TRUE`, `false`, `1`). */
function metaBool(v: Value | undefined): Value | undefined {
  if (v === undefined || v === null) return undefined;
  if (isUnknown(v) || typeof v === "boolean") return v;
  const s = String(v).trim().toLowerCase();
  if (s === "true" || s === "1") return true;
  if (s === "false" || s === "0") return false;
  return unknown(`not a metadata boolean: ${s.slice(0, 20)}`);
}

/** Project-wide metadata declared in the same module, by key (`google_compute_project_metadata` or `_item`). */
function projectMetadata(
  record: RawRecord,
  ctx: NormalizeContext,
  key: string,
): { value: Value; declared: boolean } {
  const sameProject = (r: RawRecord) => {
    const a = r.attrs["project"];
    const b = record.attrs["project"];
    return r.module === record.module && (typeof a !== "string" || typeof b !== "string" || a === b);
  };
  for (const item of ctx.index.ofType("google_compute_project_metadata_item").filter(sameProject)) {
    if (item.attrs["key"] === key) return { value: metaBool(item.attrs["value"]) ?? null, declared: true };
  }
  const whole = ctx.index.ofType("google_compute_project_metadata").filter(sameProject)[0];
  if (!whole) return { value: null, declared: false };
  const meta = whole.attrs["metadata"];
  if (isUnknown(meta)) return { value: meta, declared: true };
  // That resource owns all project metadata: a key it does not set is not set.
  return { value: isValueMap(meta) ? (metaBool(meta[key]) ?? null) : null, declared: true };
}

function metadataOf(record: RawRecord): ValueMap | ReturnType<typeof unknown> {
  const m = record.attrs["metadata"];
  if (isUnknown(m)) return m;
  return isValueMap(m) ? m : {};
}

/** A disk block protected by a customer key: Cloud KMS (CMEK) or supplied raw/RSA key (CSEK). */
function customerKey(disk: ValueMap | undefined, nested: string | null): Value {
  if (!disk) return false;
  const src = nested ? block(disk, nested) : disk;
  if (!src) return false;
  const keys = nested
    ? ["kms_key_self_link", "raw_key", "rsa_encrypted_key"]
    : ["kms_key_self_link", "disk_encryption_key_raw", "disk_encryption_key_rsa"];
  let undecided: Value | undefined;
  for (const k of keys) {
    const v = src[k];
    if (v === undefined || v === null || v === "") continue;
    // A reference to a key resource is a customer key even before it exists.
    if (!isUnknown(v) || v.refs.length > 0) return true;
    undecided ??= v;
  }
  return undecided ?? false;
}

function normalizeInstance(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "compute_instance" });
  const template =
    record.native_type === "google_compute_instance_template" ||
    record.native_type === "google_compute_region_instance_template";

  // Any access_config block, even empty, gives the interface an external IP address.
  const nics = blocks(record.attrs, "network_interface");
  const withAccess = nics.findIndex(
    (n) => blocks(n, "access_config").length > 0 || blocks(n, "ipv6_access_config").length > 0,
  );
  if (withAccess >= 0) b.set("public_ip", true, { attr: `network_interface.${withAccess}.access_config` });
  else b.set("public_ip", false);

  // Without a service_account block the VM has no identity; a block without email means the default account.
  const sa = block(record.attrs, "service_account");
  setIdentity(
    b,
    record,
    ctx.index,
    sa ? sa["email"] : undefined,
    "service_account.0.email",
    sa !== undefined,
  );
  if (sa) b.set("identity_scopes", scopesOf(sa), { attr: "service_account.0.scopes" });
  else b.set("identity_scopes", []);

  const meta = metadataOf(record);
  const own = (key: string): Value | undefined => (isUnknown(meta) ? meta : metaBool(meta[key]));
  const metaAttr = (key: string) => `metadata.${key}`;
  const inherited = (key: string, fallback: Value): Value => {
    const p = projectMetadata(record, ctx, key);
    return p.declared ? (p.value ?? fallback) : fallback;
  };

  const osLogin = own("enable-oslogin");
  if (osLogin !== undefined) b.set("os_login", osLogin, { attr: metaAttr("enable-oslogin") });
  else b.set("os_login", projectMetadata(record, ctx, "enable-oslogin").value);

  // Serial port access is off unless the instance or the project turns it on.
  const serial = own("serial-port-enable");
  if (serial !== undefined) b.set("serial_port_enabled", serial, { attr: metaAttr("serial-port-enable") });
  else b.set("serial_port_enabled", inherited("serial-port-enable", false));

  // Project-wide SSH keys apply unless the instance blocks them.
  const blockKeys = own("block-project-ssh-keys");
  if (blockKeys !== undefined)
    b.set("project_ssh_keys_blocked", blockKeys, { attr: metaAttr("block-project-ssh-keys") });
  else b.set("project_ssh_keys_blocked", false);

  // Legacy metadata endpoints were shut down for all VMs in 2020 unless re-enabled by this key.
  const legacy = own("disable-legacy-endpoints");
  b.set("metadata_service.enabled", true);
  b.set(
    "metadata_service.v2_required",
    legacy === false ? false : legacy === undefined ? true : legacy,
    legacy !== undefined ? { attr: metaAttr("disable-legacy-endpoints") } : undefined,
  );

  b.fromAttr("ip_forwarding", "can_ip_forward", false, (v) => asBool(v, false));

  // Shielded VM defaults: secure boot off, vTPM and integrity monitoring on.
  const shielded = block(record.attrs, "shielded_instance_config");
  b.set(
    "shielded.secure_boot",
    asBool(shielded?.["enable_secure_boot"], false),
    shielded?.["enable_secure_boot"] !== undefined
      ? { attr: "shielded_instance_config.0.enable_secure_boot" }
      : undefined,
  );
  b.set(
    "shielded.vtpm",
    asBool(shielded?.["enable_vtpm"], true),
    shielded?.["enable_vtpm"] !== undefined ? { attr: "shielded_instance_config.0.enable_vtpm" } : undefined,
  );
  b.set(
    "shielded.integrity_monitoring",
    asBool(shielded?.["enable_integrity_monitoring"], true),
    shielded?.["enable_integrity_monitoring"] !== undefined
      ? { attr: "shielded_instance_config.0.enable_integrity_monitoring" }
      : undefined,
  );

  const confidential = block(record.attrs, "confidential_instance_config");
  const cc = confidential?.["enable_confidential_compute"] ?? confidential?.["confidential_instance_type"];
  b.set(
    "confidential_computing",
    cc === undefined || cc === null
      ? false
      : isUnknown(cc)
        ? cc
        : typeof cc === "string"
          ? cc !== ""
          : asBool(cc, false),
    cc !== undefined ? { attr: "confidential_instance_config" } : undefined,
  );

  // Persistent disks are always encrypted; a customer key is optional.
  b.set("disk_encryption.enabled", true);
  if (template) {
    const disks = blocks(record.attrs, "disk");
    const boot = disks[0];
    b.set(
      "disk_encryption.customer_managed_key",
      customerKey(boot, "disk_encryption_key"),
      boot ? { attr: "disk.0" } : undefined,
    );
  } else {
    const boot = block(record.attrs, "boot_disk");
    b.set(
      "disk_encryption.customer_managed_key",
      customerKey(boot, null),
      boot ? { attr: "boot_disk" } : undefined,
    );
  }
  b.fromAttr("user_data", "metadata_startup_script", null);
  return b.build();
}

function normalizeProjectMetadata(record: RawRecord, ctx: NormalizeContext) {
  if (record.native_type === "google_compute_project_metadata_item") {
    // Items are folded into a whole-metadata resource of the same module when there is one.
    if (ctx.index.ofType("google_compute_project_metadata").some((r) => r.module === record.module))
      return null;
    const key = record.attrs["key"];
    if (key !== "enable-oslogin" && key !== "serial-port-enable") return null;
    const b = new ResourceBuilder(record, {
      provider: "gcp",
      type: "compute_project_metadata",
      name: String(key),
    });
    const v = metaBool(record.attrs["value"]) ?? null;
    b.set(key === "enable-oslogin" ? "os_login" : "serial_port_enabled", v, { attr: "value" });
    if (key !== "enable-oslogin") b.set("os_login", projectMetadata(record, ctx, "enable-oslogin").value);
    return b.build();
  }
  const b = new ResourceBuilder(record, { provider: "gcp", type: "compute_project_metadata" });
  const meta = metadataOf(record);
  const read = (key: string) => (isUnknown(meta) ? meta : (metaBool(meta[key]) ?? null));
  b.set("os_login", read("enable-oslogin"), { attr: "metadata.enable-oslogin" });
  const serial = read("serial-port-enable");
  b.set("serial_port_enabled", serial === null ? false : serial, { attr: "metadata.serial-port-enable" });
  for (const item of ctx.index
    .ofType("google_compute_project_metadata_item")
    .filter((r) => r.module === record.module)) {
    b.join(item);
    if (item.attrs["key"] === "enable-oslogin")
      b.set("os_login", metaBool(item.attrs["value"]) ?? null, { record: item, attr: "value" });
    if (item.attrs["key"] === "serial-port-enable")
      b.set("serial_port_enabled", metaBool(item.attrs["value"]) ?? false, { record: item, attr: "value" });
  }
  return b.build();
}

function normalizeDisk(record: RawRecord) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "disk" });
  // Compute Engine encrypts every disk at rest with Google-managed keys.
  b.set("encryption.enabled", true);
  const key = block(record.attrs, "disk_encryption_key");
  b.set(
    "encryption.customer_managed_key",
    customerKey(record.attrs, "disk_encryption_key"),
    key ? { attr: "disk_encryption_key" } : undefined,
  );
  b.set("encryption.key_id", key?.["kms_key_self_link"] ?? null);
  b.fromAttr("size_gb", "size", null, (v) => asNumber(v));
  return b.build();
}

function normalizeSnapshot(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "disk_snapshot" });
  b.set("encryption.enabled", true);
  const key = block(record.attrs, "snapshot_encryption_key");
  b.set(
    "encryption.customer_managed_key",
    customerKey(record.attrs, "snapshot_encryption_key"),
    key ? { attr: "snapshot_encryption_key" } : undefined,
  );
  const grants = ["google_compute_snapshot_iam_member", "google_compute_snapshot_iam_binding"].flatMap((t) =>
    ctx.index.companions(record, t, "name", ["name"]),
  );
  for (const g of grants) b.join(g);
  const open = grants.map((g) => ({
    g,
    v: (() => {
      const m = membersOf(g.attrs);
      return isUnknown(m) ? m : anyPublic(m);
    })(),
  }));
  const hit = open.find((o) => o.v === true) ?? open.find((o) => isUnknown(o.v));
  b.set(
    "public",
    hit ? hit.v : false,
    hit ? { record: hit.g, attr: hit.g.attrs["member"] !== undefined ? "member" : "members" } : undefined,
  );
  // Snapshots are shared through IAM grants, not an account list.
  b.set("shared_with", []);
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: [
      "google_compute_instance",
      "google_compute_instance_template",
      "google_compute_region_instance_template",
    ],
    normalize: normalizeInstance,
  },
  {
    native_types: ["google_compute_project_metadata", "google_compute_project_metadata_item"],
    normalize: normalizeProjectMetadata,
  },
  { native_types: ["google_compute_disk", "google_compute_region_disk"], normalize: normalizeDisk },
  {
    native_types: ["google_compute_snapshot"],
    companions: ["google_compute_snapshot_iam_member", "google_compute_snapshot_iam_binding"],
    normalize: normalizeSnapshot,
  },
];
