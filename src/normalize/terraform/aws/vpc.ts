/**
 * AWS VPCs → `network` (flow logs joined from `aws_flow_log`), subnets → `subnet`.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { asBool, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";

function normalizeVpc(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "network" });
  const logs = ctx.index.companions(record, "aws_flow_log", "vpc_id", ["id"]);
  for (const l of logs) b.join(l);
  // A flow log joined by reference is enabled; none means the VPC's traffic is not recorded.
  if (logs[0]) b.set("flow_logs.enabled", true, { record: logs[0] });
  else b.set("flow_logs.enabled", false);
  b.set("is_default", record.native_type === "aws_default_vpc");
  return b.build();
}

function normalizeSubnet(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "subnet" });
  // Subnets a user creates do not assign public IPs unless asked; default subnets do.
  const fallback = record.native_type === "aws_default_subnet";
  b.fromAttr("public_ip_on_launch", "map_public_ip_on_launch", fallback, (v) => asBool(v, fallback));
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_vpc", "aws_default_vpc"], companions: ["aws_flow_log"], normalize: normalizeVpc },
  { native_types: ["aws_subnet", "aws_default_subnet"], normalize: normalizeSubnet },
];
