/**
 * EC2 instances, launch templates and launch configurations → `compute_instance`. Links the
 * instance to its instance profile and role (`has_role`) and security groups, so the graph sees
 * what an attacker on the instance could reach through the metadata service.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value, type ValueMap } from "../../../model/value.ts";
import { asBool, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { ebsDefaultEncrypted } from "./ebs-default.ts";
import { referenced, uidOf } from "./references.ts";

function metadata(b: ResourceBuilder): void {
  // When the block is written without the attribute, findings point at the block.
  const at = (attr: string) =>
    b.attr(`metadata_options.0.${attr}`) === undefined ? "metadata_options" : `metadata_options.0.${attr}`;
  const written = b.attr("metadata_options") !== undefined;
  const endpoint = b.attr("metadata_options.0.http_endpoint");
  const tokens = b.attr("metadata_options.0.http_tokens");
  // IMDS is enabled unless http_endpoint = "disabled".
  b.set(
    "metadata_service.enabled",
    isUnknown(endpoint) ? endpoint : endpoint !== "disabled",
    written ? { attr: at("http_endpoint") } : undefined,
  );
  // Without http_tokens = "required" the instance still answers IMDSv1 (provider and API default "optional").
  b.set(
    "metadata_service.v2_required",
    isUnknown(tokens) ? tokens : tokens === "required",
    written ? { attr: at("http_tokens") } : undefined,
  );
}

/**
 * Whether every block device is encrypted. A device without `encrypted` is encrypted when the
 * account default is on; otherwise a root device or a device made from a snapshot follows that
 * image or snapshot (not visible here), and a new empty volume is unencrypted.
 */
function diskEncryption(
  b: ResourceBuilder,
  record: RawRecord,
  ctx: NormalizeContext,
  devices: Array<{ attr: string; block: ValueMap }>,
): void {
  const fallback = ebsDefaultEncrypted(record, ctx);
  // Encrypted only when every device is; the first unencrypted (or unknown) device decides otherwise.
  let verdict = true as Value;
  let from: string | undefined;
  for (const d of devices) {
    const v = asBool(d.block["encrypted"], null);
    const fromImage =
      d.attr === "" || d.attr.startsWith("root_block_device") || d.block["snapshot_id"] !== undefined;
    const inherited =
      fallback === false && fromImage
        ? unknown("follows the image or snapshot it is created from")
        : fallback;
    const enc = v === null ? inherited : v;
    const at = v === null ? d.attr : `${d.attr}.encrypted`;
    if (enc === false) {
      [verdict, from] = [false, at];
      break;
    }
    if (isUnknown(enc) && verdict === true) [verdict, from] = [enc, at];
  }
  if (from) b.set("disk_encryption.enabled", verdict, { attr: from });
  else b.set("disk_encryption.enabled", verdict);
  const kms = devices.find((d) => d.block["kms_key_id"] !== undefined);
  b.set("disk_encryption.customer_managed_key", kms !== undefined);
}

function devicesOf(attrs: ValueMap, names: readonly string[]): Array<{ attr: string; block: ValueMap }> {
  return names.flatMap((n) => blocks(attrs, n).map((blk, i) => ({ attr: `${n}.${i}`, block: blk })));
}

function linkIdentity(
  b: ResourceBuilder,
  record: RawRecord,
  ctx: NormalizeContext,
  profile: Value | undefined,
): void {
  for (const p of referenced(ctx.index, record, profile, ["aws_iam_instance_profile"], ["name"])) {
    b.link("has_role", uidOf(p));
    for (const role of referenced(ctx.index, p, p.attrs["role"], ["aws_iam_role"], ["name"]))
      b.link("has_role", uidOf(role));
  }
}

function linkGroups(
  b: ResourceBuilder,
  record: RawRecord,
  ctx: NormalizeContext,
  v: Value | undefined,
): void {
  const groups = referenced(
    ctx.index,
    record,
    v,
    ["aws_security_group", "aws_default_security_group"],
    ["name", "id"],
  );
  for (const g of groups) b.link("uses_security_group", uidOf(g));
}

/**
 * Public IP of an instance: asked for explicitly, or decided by its subnet. Without a subnet the
 * instance lands in the default VPC, whose subnets assign public IPs.
 */
function instancePublicIp(b: ResourceBuilder, record: RawRecord, ctx: NormalizeContext): void {
  const explicit = record.attrs["associate_public_ip_address"];
  if (explicit !== undefined && explicit !== null) {
    b.set("public_ip", asBool(explicit), { attr: "associate_public_ip_address" });
    return;
  }
  if (blocks(record.attrs, "network_interface").length > 0) {
    b.set("public_ip", unknown("decided by the attached network interface"), { attr: "network_interface" });
    return;
  }
  const subnetRef = record.attrs["subnet_id"];
  if (subnetRef === undefined || subnetRef === null) {
    b.set("public_ip", true);
    return;
  }
  const subnets = referenced(ctx.index, record, subnetRef, ["aws_subnet", "aws_default_subnet"], ["id"]);
  const subnet = subnets[0];
  if (!subnet) {
    b.set("public_ip", unknown("decided by a subnet outside this configuration"), { attr: "subnet_id" });
    return;
  }
  b.link("in_subnet", uidOf(subnet));
  const fallback = subnet.native_type === "aws_default_subnet";
  b.set("public_ip", asBool(subnet.attrs["map_public_ip_on_launch"], fallback), {
    record: subnet,
    attr: "map_public_ip_on_launch",
  });
}

function normalizeInstance(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "compute_instance" });
  instancePublicIp(b, record, ctx);
  metadata(b);
  b.fromAttr("identity", "iam_instance_profile", null);
  linkIdentity(b, record, ctx, record.attrs["iam_instance_profile"]);
  linkGroups(b, record, ctx, record.attrs["vpc_security_group_ids"]);
  linkGroups(b, record, ctx, record.attrs["security_groups"]);
  // The root device exists even when no root_block_device block is written.
  const devices = devicesOf(record.attrs, ["root_block_device", "ebs_block_device"]);
  if (!devices.some((d) => d.attr.startsWith("root_block_device"))) devices.unshift({ attr: "", block: {} });
  diskEncryption(b, record, ctx, devices);
  b.fromAttr("user_data", "user_data", null);
  return b.build();
}

function normalizeLaunchTemplate(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "compute_instance" });
  const nic = block(record.attrs, "network_interfaces");
  if (nic && nic["associate_public_ip_address"] !== undefined)
    b.set("public_ip", asBool(nic["associate_public_ip_address"]), {
      attr: "network_interfaces.0.associate_public_ip_address",
    });
  else b.set("public_ip", unknown("decided by the subnet the template launches into"));
  metadata(b);
  const profile = block(record.attrs, "iam_instance_profile");
  const profileRef = profile?.["name"] ?? profile?.["arn"];
  b.set("identity", profileRef ?? null, { attr: "iam_instance_profile" });
  linkIdentity(b, record, ctx, profileRef);
  linkGroups(b, record, ctx, record.attrs["vpc_security_group_ids"]);
  const devices = blocks(record.attrs, "block_device_mappings").flatMap((m, i) =>
    blocks(m, "ebs").map((e, j) => ({ attr: `block_device_mappings.${i}.ebs.${j}`, block: e })),
  );
  // Without mappings the image's own devices decide, which this configuration does not show.
  if (devices.length > 0) diskEncryption(b, record, ctx, devices);
  b.fromAttr("user_data", "user_data", null);
  return b.build();
}

function normalizeLaunchConfiguration(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "compute_instance" });
  const explicit = record.attrs["associate_public_ip_address"];
  if (explicit !== undefined && explicit !== null)
    b.set("public_ip", asBool(explicit), { attr: "associate_public_ip_address" });
  else b.set("public_ip", unknown("decided by the subnet the group launches into"));
  metadata(b);
  b.fromAttr("identity", "iam_instance_profile", null);
  linkIdentity(b, record, ctx, record.attrs["iam_instance_profile"]);
  linkGroups(b, record, ctx, record.attrs["security_groups"]);
  const devices = devicesOf(record.attrs, ["root_block_device", "ebs_block_device"]);
  if (!devices.some((d) => d.attr.startsWith("root_block_device"))) devices.unshift({ attr: "", block: {} });
  diskEncryption(b, record, ctx, devices);
  b.fromAttr("user_data", "user_data", null);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_instance"], normalize: normalizeInstance },
  { native_types: ["aws_launch_template"], normalize: normalizeLaunchTemplate },
  { native_types: ["aws_launch_configuration"], normalize: normalizeLaunchConfiguration },
];
