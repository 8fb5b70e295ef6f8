/** Security groups and their rules, VPCs, subnets and flow logs, load balancers and listeners. */
import { isValueMap, type Value } from "../../../model/value.ts";
import { listOf, single, tagsOf, type Tf, type Translation } from "../translate.ts";

/** `base.key`, or `key` for a rule written as a resource of its own. */
function at(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

/** One rule's source or destination properties → the Terraform rule's. */
function rulePeer(t: Tf, c: string, tf: string, direction: "ingress" | "egress", standalone: boolean): void {
  t.copy(at(tf, "protocol"), at(c, "IpProtocol"), (v) => String(v));
  t.copy(at(tf, "from_port"), at(c, "FromPort"));
  t.copy(at(tf, "to_port"), at(c, "ToPort"));
  t.copy(at(tf, "description"), at(c, "Description"));
  t.put(at(tf, "cidr_blocks"), listOf(t.get(at(c, "CidrIp"))), at(c, "CidrIp"));
  t.put(at(tf, "ipv6_cidr_blocks"), listOf(t.get(at(c, "CidrIpv6"))), at(c, "CidrIpv6"));
  const prefix = direction === "ingress" ? "SourcePrefixListId" : "DestinationPrefixListId";
  t.put(at(tf, "prefix_list_ids"), listOf(t.get(at(c, prefix))), at(c, prefix));
  const group =
    direction === "ingress"
      ? (t.get(at(c, "SourceSecurityGroupId")) ?? t.get(at(c, "SourceSecurityGroupName")))
      : t.get(at(c, "DestinationSecurityGroupId"));
  const groupAt =
    direction === "ingress" ? at(c, "SourceSecurityGroupId") : at(c, "DestinationSecurityGroupId");
  if (standalone) t.put(at(tf, "source_security_group_id"), group, groupAt);
  else t.put(at(tf, "security_groups"), listOf(group), groupAt);
}

const securityGroup = single("AWS::EC2::SecurityGroup", "aws_security_group", (t) => {
  t.copy("name", "GroupName");
  t.copy("description", "GroupDescription");
  t.copy("vpc_id", "VpcId");
  tagsOf(t);
  t.each("SecurityGroupIngress", "ingress", (c, tf) => rulePeer(t, c, tf, "ingress", false));
  if (t.get("SecurityGroupEgress") !== undefined)
    t.each("SecurityGroupEgress", "egress", (c, tf) => rulePeer(t, c, tf, "egress", false));
  // Without SecurityGroupEgress, CloudFormation keeps the group's default allow-all egress rule
  // (Terraform, by contrast, removes it unless written).
  else t.put("egress", [{ protocol: "-1", from_port: 0, to_port: 0, cidr_blocks: ["0.0.0.0/0"] }]);
});

function standaloneRule(cfn: string, direction: "ingress" | "egress"): Translation {
  return single(
    cfn,
    "aws_security_group_rule",
    (t) => {
      t.put("type", direction);
      t.put(
        "security_group_id",
        t.get("GroupId") ?? t.get("GroupName"),
        t.get("GroupId") !== undefined ? "GroupId" : "GroupName",
      );
      rulePeer(t, "", "", direction, true);
    },
    true,
  );
}

const vpc = single("AWS::EC2::VPC", "aws_vpc", (t) => tagsOf(t));

const subnet = single("AWS::EC2::Subnet", "aws_subnet", (t) => {
  tagsOf(t);
  t.copy("vpc_id", "VpcId");
  t.copy("map_public_ip_on_launch", "MapPublicIpOnLaunch");
});

const flowLog = single(
  "AWS::EC2::FlowLog",
  "aws_flow_log",
  (t) => {
    const type = t.get("ResourceType");
    if (type === "VPC") t.copy("vpc_id", "ResourceId");
    else if (type === "Subnet") t.copy("subnet_id", "ResourceId");
    t.copy("traffic_type", "TrafficType");
  },
  true,
);

/** ALB/NLB attributes are a key/value list in CloudFormation. */
function lbAttribute(t: Tf, key: string): { value: Value; at: string } | undefined {
  const list = t.get("LoadBalancerAttributes");
  if (!Array.isArray(list)) return undefined;
  const i = list.findIndex((x) => isValueMap(x) && x["Key"] === key);
  const item = list[i];
  return i >= 0 && isValueMap(item)
    ? { value: item["Value"] ?? null, at: `LoadBalancerAttributes.${i}.Value` }
    : undefined;
}

const loadBalancer = single("AWS::ElasticLoadBalancingV2::LoadBalancer", "aws_lb", (t) => {
  t.copy("name", "Name");
  tagsOf(t);
  t.copy("load_balancer_type", "Type");
  t.copy("internal", "Scheme", (v) => v === "internal");
  const attr = (tf: string, key: string): void => {
    const a = lbAttribute(t, key);
    if (a) t.put(tf, a.value, a.at);
  };
  attr("enable_deletion_protection", "deletion_protection.enabled");
  attr("drop_invalid_header_fields", "routing.http.drop_invalid_header_fields.enabled");
  attr("access_logs.0.enabled", "access_logs.s3.enabled");
});

const listener = single("AWS::ElasticLoadBalancingV2::Listener", "aws_lb_listener", (t) => {
  t.copy("load_balancer_arn", "LoadBalancerArn");
  t.copy("protocol", "Protocol");
  t.copy("port", "Port");
  t.copy("ssl_policy", "SslPolicy");
  t.each("DefaultActions", "default_action", (c, tf) => {
    t.copy(`${tf}.type`, `${c}.Type`, (v) => String(v).toLowerCase());
    if (t.get(`${c}.RedirectConfig`) !== undefined)
      t.copy(`${tf}.redirect.0.protocol`, `${c}.RedirectConfig.Protocol`);
  });
});

export const translations: Translation[] = [
  securityGroup,
  standaloneRule("AWS::EC2::SecurityGroupIngress", "ingress"),
  standaloneRule("AWS::EC2::SecurityGroupEgress", "egress"),
  vpc,
  subnet,
  flowLog,
  loadBalancer,
  listener,
];
