/** OpenSearch and Elasticsearch domains → `search_domain`, with domain policies joined. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { asBool, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { isSet } from "./references.ts";
import { orphanPolicy, resourcePolicy } from "./resource-policy.ts";

const bool = (v: Value): Value => asBool(v);

function normalizeDomain(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "search_domain" });
  // Encryption at rest and node-to-node encryption are off unless enabled.
  b.fromAttr("encryption.enabled", "encrypt_at_rest.0.enabled", false, bool);
  b.set("encryption.customer_managed_key", isSet(b.attr("encrypt_at_rest.0.kms_key_id")), {
    attr: "encrypt_at_rest.0.kms_key_id",
  });
  b.fromAttr("node_to_node_encryption", "node_to_node_encryption.0.enabled", false, bool);
  // The API does not enforce HTTPS without domain_endpoint_options; inside the block the provider defaults it on.
  const endpoint = block(record.attrs, "domain_endpoint_options");
  if (endpoint) b.fromAttr("https_only", "domain_endpoint_options.0.enforce_https", true, bool);
  else b.set("https_only", false);
  b.set("in_network", record.attrs["vpc_options"] !== undefined, { attr: "vpc_options" });
  const audit = blocks(record.attrs, "log_publishing_options").findIndex(
    (l) => l["log_type"] === "AUDIT_LOGS" && asBool(l["enabled"], true) !== false,
  );
  b.set("audit_logging", audit >= 0, audit >= 0 ? { attr: `log_publishing_options.${audit}` } : undefined);
  const policyType =
    record.native_type === "aws_opensearch_domain"
      ? "aws_opensearch_domain_policy"
      : "aws_elasticsearch_domain_policy";
  resourcePolicy(b, record, ctx, "access_policies", {
    type: policyType,
    via: "domain_name",
    keys: ["domain_name"],
    policyAttr: "access_policies",
  });
  // A domain inside a VPC is reachable only from the network, whatever its policy says.
  if (record.attrs["vpc_options"] !== undefined && !isUnknown(b.resource.config["public_access"]))
    b.set("public_access", false, { attr: "vpc_options" });
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
    normalize: normalizeDomain,
  },
  ...["aws_opensearch_domain_policy", "aws_elasticsearch_domain_policy"].map((policyType) =>
    orphanPolicy({
      policyType,
      via: "domain_name",
      primaryTypes: ["aws_opensearch_domain", "aws_elasticsearch_domain"],
      keys: ["domain_name"],
      type: "search_domain",
      policyAttr: "access_policies",
    }),
  ),
];
