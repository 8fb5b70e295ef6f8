/** Live EC2: instances, security groups, NACLs, VPCs, volumes, snapshots, AMIs, EBS defaults. */
import type {
  CreateVolumePermission,
  FlowLog,
  Image,
  Instance,
  IpPermission,
  LaunchPermission,
  NetworkAcl,
  SecurityGroup,
  Snapshot,
  Volume,
  Vpc,
} from "@aws-sdk/client-ec2";
import type { Resource } from "../../model/resource.ts";
import { unknown, type Value, type ValueMap } from "../../model/value.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import type { KeyIndex } from "./keys.ts";
import { allTrue, liveResource } from "./resource.ts";

const PROTOCOLS: Record<string, string> = {
  "-1": "all",
  "6": "tcp",
  "17": "udp",
  "1": "icmp",
  "58": "icmpv6",
};

/** AWS protocol spelling → the model's: `-1` → `all`, numbers → names. */
function protocolOf(p: string | undefined): string {
  const v = (p ?? "-1").toLowerCase();
  return PROTOCOLS[v] ?? v;
}

/** Inclusive port ranges; empty (every port) for `all`, and for ICMP, which has none. */
function portsOf(
  protocol: string,
  from: number | undefined,
  to: number | undefined,
): Array<{ from: number; to: number }> {
  if (protocol !== "tcp" && protocol !== "udp") return [];
  if (from === undefined || from === -1) return [];
  return [{ from, to: to === undefined || to === -1 ? from : to }];
}

function permissionRule(p: IpPermission, direction: "ingress" | "egress"): ValueMap {
  const protocol = protocolOf(p.IpProtocol);
  const peers = [
    ...(p.IpRanges ?? []).map((r) => r.CidrIp),
    ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
    ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId),
    ...(p.PrefixListIds ?? []).map((l) => l.PrefixListId),
  ].filter((x): x is string => !!x);
  const descriptions = [...(p.IpRanges ?? []), ...(p.Ipv6Ranges ?? [])]
    .map((r) => r.Description)
    .filter(Boolean);
  return {
    direction,
    action: "allow",
    protocol,
    ports: portsOf(protocol, p.FromPort, p.ToPort),
    sources: direction === "ingress" ? peers : [],
    ...(direction === "egress" ? { destinations: peers } : {}),
    priority: null,
    description: descriptions[0] ?? null,
  };
}

export function normalizeSecurityGroup(rec: LiveRecord): Resource {
  const g = rec.data as SecurityGroup;
  const r = liveResource(rec, "firewall_rule", {
    rules: [
      ...(g.IpPermissions ?? []).map((p) => permissionRule(p, "ingress")),
      ...(g.IpPermissionsEgress ?? []).map((p) => permissionRule(p, "egress")),
    ],
    is_default: g.GroupName === "default",
  });
  if (g.GroupName) r.name = g.GroupName;
  if (g.VpcId) (r.links ??= []).push({ kind: "in_network", target: arnLike(rec, "vpc", g.VpcId) });
  return r;
}

export function normalizeNetworkAcl(rec: LiveRecord): Resource {
  const acl = rec.data as NetworkAcl;
  const rules = (acl.Entries ?? []).map((e): ValueMap => {
    const protocol = protocolOf(e.Protocol);
    const peer = [e.CidrBlock, e.Ipv6CidrBlock].filter((x): x is string => !!x);
    const direction = e.Egress ? "egress" : "ingress";
    return {
      direction,
      action: e.RuleAction === "deny" ? "deny" : "allow",
      protocol,
      ports: portsOf(protocol, e.PortRange?.From, e.PortRange?.To),
      sources: direction === "ingress" ? peer : [],
      ...(direction === "egress" ? { destinations: peer } : {}),
      priority: e.RuleNumber ?? null,
      description: null,
    };
  });
  return liveResource(rec, "firewall_rule", { rules, is_default: acl.IsDefault === true });
}

export function normalizeVpc(rec: LiveRecord): Resource {
  const v = rec.data as Vpc & { FlowLogs?: FlowLog[] };
  return liveResource(rec, "network", {
    flow_logs: {
      enabled: (v.FlowLogs ?? []).some((f) => f.FlowLogStatus === undefined || f.FlowLogStatus === "ACTIVE"),
    },
    is_default: v.IsDefault === true,
  });
}

function encryptionOf(keys: KeyIndex, encrypted: boolean | undefined, keyId: string | undefined): ValueMap {
  return {
    enabled: encrypted === true,
    customer_managed_key: encrypted === true ? keys.customerManaged(keyId) : false,
    key_id: keyId ?? null,
  };
}

export function normalizeVolume(rec: LiveRecord, keys: KeyIndex): Resource {
  const v = rec.data as Volume;
  return liveResource(rec, "disk", {
    encryption: encryptionOf(keys, v.Encrypted, v.KmsKeyId),
    size_gb: v.Size ?? null,
    attached: (v.Attachments ?? []).length > 0,
  });
}

function sharing(perms: { Group?: string; UserId?: string }[] | undefined): ValueMap {
  return {
    public: (perms ?? []).some((p) => p.Group === "all"),
    shared_with: (perms ?? []).map((p) => p.UserId).filter((u): u is string => !!u),
  };
}

export function normalizeSnapshot(rec: LiveRecord, keys: KeyIndex): Resource {
  const s = rec.data as Snapshot & { CreateVolumePermissions?: CreateVolumePermission[] };
  return liveResource(rec, "disk_snapshot", {
    encryption: encryptionOf(keys, s.Encrypted, s.KmsKeyId),
    ...sharing(s.CreateVolumePermissions),
  });
}

export function normalizeImage(rec: LiveRecord, keys: KeyIndex): Resource {
  const img = rec.data as Image & { LaunchPermissions?: LaunchPermission[] };
  const ebs = (img.BlockDeviceMappings ?? []).map((b) => b.Ebs).filter((e) => e !== undefined);
  const share = sharing(img.LaunchPermissions);
  const keyId = ebs.find((e) => e.KmsKeyId)?.KmsKeyId;
  return liveResource(rec, "machine_image", {
    encryption: encryptionOf(keys, ebs.length > 0 && ebs.every((e) => e.Encrypted === true), keyId),
    ...share,
    // DescribeImages reports public AMIs even when the attribute call was not allowed.
    public: img.Public === true || share["public"] === true,
  });
}

export function normalizeInstance(rec: LiveRecord, keys: KeyIndex): Resource {
  const i = rec.data as Instance & {
    AttachedVolumes?: { Encrypted: boolean | null; KmsKeyId: string | null }[];
    UserData?: string | null;
  };
  const volumes = i.AttachedVolumes ?? [];
  const imds = i.MetadataOptions;
  const config: ValueMap = {
    public_ip: !!i.PublicIpAddress,
    // Instances launched without metadata options have the endpoint on and IMDSv1 allowed.
    metadata_service: {
      enabled: imds?.HttpEndpoint !== "disabled",
      v2_required: imds?.HttpTokens === "required",
    },
    identity: i.IamInstanceProfile?.Arn ?? null,
    user_data: i.UserData ?? null,
    disk_encryption: {
      enabled: volumes.some((v) => v.Encrypted === null)
        ? unknown("a volume of the instance was not described")
        : volumes.every((v) => v.Encrypted === true),
      customer_managed_key: allTrue(volumes.map((v) => keys.customerManaged(v.KmsKeyId))),
    },
  };
  const r = liveResource(rec, "compute_instance", config);
  const links = (r.links ??= []);
  for (const g of i.SecurityGroups ?? [])
    if (g.GroupId)
      links.push({ kind: "uses_security_group", target: arnLike(rec, "security-group", g.GroupId) });
  if (i.IamInstanceProfile?.Arn) links.push({ kind: "has_role", target: i.IamInstanceProfile.Arn });
  if (i.VpcId) links.push({ kind: "in_network", target: arnLike(rec, "vpc", i.VpcId) });
  return r;
}

export function normalizeEbsDefaults(rec: LiveRecord): Resource {
  const v = rec.data["EbsEncryptionByDefault"] as Value;
  return liveResource(rec, "account_setting", { ebs_default_encryption: v === true });
}

function arnLike(rec: LiveRecord, kind: string, id: string): string {
  const partition = rec.arn.split(":")[1] ?? "aws";
  return `arn:${partition}:ec2:${rec.region}:${rec.account}:${kind}/${id}`;
}
