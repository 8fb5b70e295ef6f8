/**
 * RDS DB security groups (`aws_db_security_group`, EC2-Classic, removed in AWS provider v5) →
 * `firewall_rule`. Each `ingress` block admits a CIDR or an EC2 security group to the database
 * port of the instances that use the group, whichever port that is: the rules carry
 * `service: "database"` and an unknown port, so database exposure rules judge them and rules
 * about other ports stay silent.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";

function normalizeDbSecurityGroup(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "firewall_rule" });
  const rules: Value[] = [];
  blocks(record.attrs, "ingress").forEach((ing, i) => {
    const peer = ing["cidr"] ?? ing["security_group_id"] ?? ing["security_group_name"] ?? null;
    const at =
      ing["cidr"] !== undefined
        ? "cidr"
        : ing["security_group_id"] !== undefined
          ? "security_group_id"
          : "security_group_name";
    rules.push({
      direction: "ingress",
      action: "allow",
      protocol: "tcp",
      ports: unknown("the port of the database instances that use the group"),
      sources: peer === null ? [] : isUnknown(peer) ? peer : [String(peer)],
      service: "database",
    });
    const span = record.attrSpans[`ingress.${i}.${at}`] ?? record.attrSpans[`ingress.${i}`];
    if (span) (b.resource.positions ??= {})[`rules.${i}.sources`] = span;
  });
  b.set("rules", rules, { attr: "ingress" });
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_db_security_group"], normalize: normalizeDbSecurityGroup },
];
