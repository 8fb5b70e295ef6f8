/**
 * EBS volumes → `disk`; EBS snapshots and copies → `disk_snapshot` with create-volume permissions
 * joined; AMIs → `machine_image` with launch permissions joined. A snapshot is as encrypted as the
 * volume it was taken from, which is read from that volume when it is in the same module.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { ebsDefaultEncrypted } from "./ebs-default.ts";
import { referenced } from "./references.ts";

/** Encryption of a volume record: `encrypted`, else the account default. */
function volumeEncrypted(record: RawRecord, ctx: NormalizeContext): Value {
  return asBool(record.attrs["encrypted"], null) ?? ebsDefaultEncrypted(record, ctx);
}

function normalizeVolume(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "disk" });
  b.fromAttr("encryption.enabled", "encrypted", ebsDefaultEncrypted(record, ctx), (v) => asBool(v));
  b.set("encryption.customer_managed_key", record.attrs["kms_key_id"] !== undefined, { attr: "kms_key_id" });
  b.fromAttr("encryption.key_id", "kms_key_id", null);
  b.fromAttr("size_gb", "size", null);
  const attachments = ctx.index.companions(record, "aws_volume_attachment", "volume_id", ["id"]);
  for (const a of attachments) b.join(a);
  b.set("attached", attachments.length > 0);
  return b.build();
}

/** Accounts a snapshot or image is shared with, and whether it is public (`all`). */
function sharing(b: ResourceBuilder, permissions: RawRecord[], accountKey: string, join = true): void {
  const accounts: string[] = [];
  let isPublic: Value = false;
  let undecided: Value | undefined;
  for (const p of permissions) {
    if (join) b.join(p);
    const group = p.attrs["group"];
    const account = p.attrs[accountKey];
    if (group === "all" || account === "all") {
      isPublic = true;
      b.set("public", true, { record: p, attr: group === "all" ? "group" : accountKey });
    } else if (isUnknown(account)) undecided ??= account;
    else if (typeof account === "string") accounts.push(account);
    else if (p.attrs["organization_arn"] !== undefined || p.attrs["organizational_unit_arn"] !== undefined)
      accounts.push(String(p.attrs["organization_arn"] ?? p.attrs["organizational_unit_arn"]));
  }
  if (isPublic !== true) b.set("public", false);
  const first = permissions[0];
  b.set("shared_with", undecided ?? accounts, first ? { record: first, attr: accountKey } : undefined);
}

function normalizeSnapshot(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "disk_snapshot" });
  if (record.native_type === "aws_ebs_snapshot_copy") {
    // A copy is encrypted when asked, or when its source is.
    const asked = asBool(record.attrs["encrypted"], false);
    const source = referenced(ctx.index, record, record.attrs["source_snapshot_id"], ["aws_ebs_snapshot"])[0];
    const inherited = source
      ? snapshotEncrypted(source, ctx)
      : unknown("source snapshot outside this configuration");
    const enc = asked === true || inherited === true ? true : isUnknown(asked) ? asked : inherited;
    b.set("encryption.enabled", enc, { attr: "encrypted" });
  } else {
    b.set("encryption.enabled", snapshotEncrypted(record, ctx), { attr: "volume_id" });
  }
  b.set("encryption.customer_managed_key", record.attrs["kms_key_id"] !== undefined);
  const perms = ctx.index.companions(record, "aws_snapshot_create_volume_permission", "snapshot_id", ["id"]);
  sharing(b, perms, "account_id");
  return b.build();
}

function snapshotEncrypted(record: RawRecord, ctx: NormalizeContext): Value {
  const volume = referenced(ctx.index, record, record.attrs["volume_id"], ["aws_ebs_volume"])[0];
  return volume ? volumeEncrypted(volume, ctx) : unknown("source volume outside this configuration");
}

function normalizeImage(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "machine_image" });
  if (record.native_type === "aws_ami") {
    // An image is encrypted when each of its EBS devices is; a device made from a snapshot follows it.
    const devices = blocks(record.attrs, "ebs_block_device");
    let verdict = (devices.length > 0 ? true : unknown("no EBS block device listed")) as Value;
    devices.forEach((d, i) => {
      const v = asBool(d["encrypted"], null);
      const enc = v ?? (d["snapshot_id"] !== undefined ? unknown("follows the snapshot") : false);
      if (enc === false && verdict !== false) {
        verdict = false;
        b.set("encryption.enabled", false, {
          attr: v === null ? `ebs_block_device.${i}` : `ebs_block_device.${i}.encrypted`,
        });
      } else if (isUnknown(enc) && verdict === true) verdict = enc;
    });
    if (verdict !== false) b.set("encryption.enabled", verdict, { attr: "ebs_block_device" });
  } else if (record.native_type === "aws_ami_copy") {
    b.fromAttr(
      "encryption.enabled",
      "encrypted",
      unknown("copy follows its source image's encryption"),
      (v) => (asBool(v) === true ? true : unknown("copy follows its source image's encryption")),
    );
  } else {
    b.set("encryption.enabled", unknown("follows the source instance's volumes"));
  }
  b.set("encryption.customer_managed_key", record.attrs["kms_key_id"] !== undefined);
  const perms = ctx.index.companions(record, "aws_ami_launch_permission", "image_id", ["id"]);
  sharing(b, perms, "account_id");
  return b.build();
}

/**
 * A permission whose snapshot or image is not in this configuration (shared by id) still shares
 * it: it becomes a snapshot or image of its own whose encryption is unknown.
 */
function orphanPermission(primaryTypes: string[], type: string, via: string) {
  return (record: RawRecord, ctx: NormalizeContext): Resource | null => {
    if (referenced(ctx.index, record, record.attrs[via], primaryTypes, ["id"]).length > 0) return null;
    const b = new ResourceBuilder(record, {
      provider: "aws",
      type,
      name: String(record.attrs[via] ?? record.name),
    });
    b.set("encryption.enabled", unknown("the shared snapshot or image is not in this configuration"));
    sharing(b, [record], "account_id", false);
    return b.build();
  };
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_ebs_volume"], companions: ["aws_volume_attachment"], normalize: normalizeVolume },
  {
    native_types: ["aws_ebs_snapshot", "aws_ebs_snapshot_copy"],
    normalize: normalizeSnapshot,
  },
  {
    native_types: ["aws_snapshot_create_volume_permission"],
    normalize: orphanPermission(
      ["aws_ebs_snapshot", "aws_ebs_snapshot_copy"],
      "disk_snapshot",
      "snapshot_id",
    ),
  },
  {
    native_types: ["aws_ami", "aws_ami_copy", "aws_ami_from_instance"],
    normalize: normalizeImage,
  },
  {
    native_types: ["aws_ami_launch_permission"],
    normalize: orphanPermission(
      ["aws_ami", "aws_ami_copy", "aws_ami_from_instance"],
      "machine_image",
      "image_id",
    ),
  },
];
