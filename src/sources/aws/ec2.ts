/**
 * EC2: instances (IMDS settings, profiles, volumes), security groups, network ACLs, VPCs and
 * their flow logs, EBS volumes, snapshots and who may create volumes from them, AMIs and their
 * launch permissions, and the region's default EBS encryption.
 */
import {
  DescribeImageAttributeCommand,
  DescribeInstanceAttributeCommand,
  DescribeSnapshotAttributeCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeFlowLogs,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeNetworkAcls,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeVolumes,
  paginateDescribeVpcs,
  type Instance,
} from "@aws-sdk/client-ec2";
import { allPages, gapFor, type Collector } from "./collector.ts";
import { liveRecord, tagMap, type LiveRecord } from "./record.ts";

export const INSTANCE = "AWS::EC2::Instance";
export const SECURITY_GROUP = "AWS::EC2::SecurityGroup";
export const NETWORK_ACL = "AWS::EC2::NetworkAcl";
export const VPC = "AWS::EC2::VPC";
export const VOLUME = "AWS::EC2::Volume";
export const SNAPSHOT = "AWS::EC2::Snapshot";
export const IMAGE = "AWS::EC2::Image";
export const EBS_DEFAULTS = "AWS::EC2::EBSEncryptionByDefault";

export const ec2: Collector = {
  service: "ec2",
  global: false,
  calls: {
    DescribeInstances: { action: "ec2:DescribeInstances" },
    DescribeInstanceAttribute: {
      action: "ec2:DescribeInstanceAttribute",
      feeds: { [INSTANCE]: ["user_data"] },
    },
    DescribeSecurityGroups: { action: "ec2:DescribeSecurityGroups" },
    DescribeNetworkAcls: { action: "ec2:DescribeNetworkAcls" },
    DescribeVpcs: { action: "ec2:DescribeVpcs" },
    DescribeFlowLogs: { action: "ec2:DescribeFlowLogs", feeds: { [VPC]: ["flow_logs.enabled"] } },
    DescribeVolumes: { action: "ec2:DescribeVolumes", feeds: { [INSTANCE]: ["disk_encryption.enabled"] } },
    DescribeSnapshots: { action: "ec2:DescribeSnapshots" },
    DescribeSnapshotAttribute: {
      action: "ec2:DescribeSnapshotAttribute",
      feeds: { [SNAPSHOT]: ["public", "shared_with"] },
    },
    DescribeImages: { action: "ec2:DescribeImages" },
    DescribeImageAttribute: {
      action: "ec2:DescribeImageAttribute",
      feeds: { [IMAGE]: ["public", "shared_with"] },
    },
    GetEbsEncryptionByDefault: {
      action: "ec2:GetEbsEncryptionByDefault",
      feeds: { [EBS_DEFAULTS]: ["ebs_default_encryption"] },
    },
  },

  async collect(ctx) {
    const ec2c = ctx.client(EC2Client);
    const arn = (kind: string, id: string): string =>
      `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:${kind}/${id}`;
    const rec = (
      native_type: string,
      kind: string,
      id: string,
      data: object,
      tags?: { Key?: string; Value?: string }[],
    ): LiveRecord =>
      liveRecord({
        native_type,
        arn: arn(kind, id),
        name: tagMap(tags)["Name"] || id,
        account: ctx.account,
        region: ctx.region,
        data: data as Record<string, unknown>,
        tags: tagMap(tags),
      });

    const [instances, volumes, groups, acls, vpcs, flowLogs, snapshots, images, defaults] = await Promise.all(
      [
        ctx.call("DescribeInstances", () =>
          allPages(paginateDescribeInstances({ client: ec2c }, {}), (p) =>
            p.Reservations?.flatMap((r) => r.Instances ?? []),
          ),
        ),
        ctx.call("DescribeVolumes", () =>
          allPages(paginateDescribeVolumes({ client: ec2c }, {}), (p) => p.Volumes),
        ),
        ctx.call("DescribeSecurityGroups", () =>
          allPages(paginateDescribeSecurityGroups({ client: ec2c }, {}), (p) => p.SecurityGroups),
        ),
        ctx.call("DescribeNetworkAcls", () =>
          allPages(paginateDescribeNetworkAcls({ client: ec2c }, {}), (p) => p.NetworkAcls),
        ),
        ctx.call("DescribeVpcs", () => allPages(paginateDescribeVpcs({ client: ec2c }, {}), (p) => p.Vpcs)),
        ctx.call("DescribeFlowLogs", () =>
          allPages(paginateDescribeFlowLogs({ client: ec2c }, {}), (p) => p.FlowLogs),
        ),
        ctx.call("DescribeSnapshots", () =>
          allPages(paginateDescribeSnapshots({ client: ec2c }, { OwnerIds: ["self"] }), (p) => p.Snapshots),
        ),
        ctx.call("DescribeImages", () =>
          allPages(paginateDescribeImages({ client: ec2c }, { Owners: ["self"] }), (p) => p.Images),
        ),
        ctx.call("GetEbsEncryptionByDefault", () => ec2c.send(new GetEbsEncryptionByDefaultCommand({}))),
      ],
    );

    const defaultsRecord = liveRecord({
      native_type: EBS_DEFAULTS,
      arn: `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:ebs-encryption-by-default`,
      name: `EBS default encryption ${ctx.region}`,
      account: ctx.account,
      region: ctx.region,
      data: {
        EbsEncryptionByDefault: defaults.ok ? (defaults.value?.EbsEncryptionByDefault ?? false) : null,
      },
    });
    if (!defaults.ok)
      defaultsRecord.gaps.push(gapFor(ec2, "GetEbsEncryptionByDefault", EBS_DEFAULTS, defaults.error));
    ctx.emit(defaultsRecord);

    const volumeById = new Map((volumes.ok ? (volumes.value ?? []) : []).map((v) => [v.VolumeId, v]));
    const instanceRecords: LiveRecord[] = [];
    for (const i of instances.ok ? (instances.value ?? []) : []) {
      if (!i.InstanceId || i.State?.Name === "terminated") continue;
      const attached = attachedVolumes(i).map((id) => {
        const v = volumeById.get(id);
        return { VolumeId: id, Encrypted: v?.Encrypted ?? null, KmsKeyId: v?.KmsKeyId ?? null };
      });
      const r = rec(INSTANCE, "instance", i.InstanceId, { ...i, AttachedVolumes: attached }, i.Tags);
      if (!volumes.ok) r.gaps.push(gapFor(ec2, "DescribeVolumes", INSTANCE, volumes.error));
      instanceRecords.push(r);
    }
    await Promise.all(
      instanceRecords.map(async (r) => {
        const InstanceId = r.data["InstanceId"] as string;
        const ud = await ctx.call(
          "DescribeInstanceAttribute",
          () => ec2c.send(new DescribeInstanceAttributeCommand({ InstanceId, Attribute: "userData" })),
          { record: r },
        );
        // The API returns user data base64-encoded; rules read the text the instance receives.
        if (ud.ok) {
          const b64 = ud.value?.UserData?.Value;
          r.data["UserData"] = b64 ? Buffer.from(b64, "base64").toString("utf8") : null;
        }
        ctx.emit(r);
      }),
    );
    for (const v of volumes.ok ? (volumes.value ?? []) : [])
      if (v.VolumeId) ctx.emit(rec(VOLUME, "volume", v.VolumeId, v, v.Tags));
    for (const g of groups.ok ? (groups.value ?? []) : [])
      if (g.GroupId) ctx.emit(rec(SECURITY_GROUP, "security-group", g.GroupId, g, g.Tags));
    for (const a of acls.ok ? (acls.value ?? []) : [])
      if (a.NetworkAclId) ctx.emit(rec(NETWORK_ACL, "network-acl", a.NetworkAclId, a, a.Tags));
    for (const v of vpcs.ok ? (vpcs.value ?? []) : []) {
      if (!v.VpcId) continue;
      const logs = flowLogs.ok ? (flowLogs.value ?? []).filter((f) => f.ResourceId === v.VpcId) : [];
      const r = rec(VPC, "vpc", v.VpcId, { ...v, FlowLogs: logs }, v.Tags);
      if (!flowLogs.ok) r.gaps.push(gapFor(ec2, "DescribeFlowLogs", VPC, flowLogs.error));
      ctx.emit(r);
    }
    await Promise.all([
      ...(snapshots.ok ? (snapshots.value ?? []) : []).map(async (s) => {
        if (!s.SnapshotId) return;
        const r = rec(SNAPSHOT, "snapshot", s.SnapshotId, s, s.Tags);
        const perms = await ctx.call(
          "DescribeSnapshotAttribute",
          () =>
            ec2c.send(
              new DescribeSnapshotAttributeCommand({
                SnapshotId: s.SnapshotId,
                Attribute: "createVolumePermission",
              }),
            ),
          { record: r },
        );
        if (perms.ok) r.data["CreateVolumePermissions"] = perms.value?.CreateVolumePermissions ?? [];
        ctx.emit(r);
      }),
      ...(images.ok ? (images.value ?? []) : []).map(async (img) => {
        if (!img.ImageId) return;
        const r = rec(IMAGE, "image", img.ImageId, img, img.Tags);
        if (img.Name) r.name = img.Name;
        const perms = await ctx.call(
          "DescribeImageAttribute",
          () =>
            ec2c.send(
              new DescribeImageAttributeCommand({ ImageId: img.ImageId, Attribute: "launchPermission" }),
            ),
          { record: r },
        );
        if (perms.ok) r.data["LaunchPermissions"] = perms.value?.LaunchPermissions ?? [];
        ctx.emit(r);
      }),
    ]);
  },
};

function attachedVolumes(i: Instance): string[] {
  return (i.BlockDeviceMappings ?? []).map((b) => b.Ebs?.VolumeId).filter((v): v is string => !!v);
}
