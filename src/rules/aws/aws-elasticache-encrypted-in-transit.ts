import { settingRule } from "./setting-rule.ts";

export const awsElasticacheEncryptedInTransit = settingRule({
  id: "aws-elasticache-encrypted-in-transit",
  title: "ElastiCache encrypts traffic in transit",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["cache_cluster"],
  rationale:
    "Without TLS, commands, cached values and AUTH tokens cross the network in clear text and can be read or altered by anything on the path.",
  remediation: {
    text: "Set `transit_encryption_enabled = true`.",
    code: {
      terraform: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = var.redis_auth_token
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/encryption.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-5",
  ],
  path: "transit_encryption",
  ok: (v) => v === true,
  message: (r) => `ElastiCache ${r.name} does not encrypt traffic in transit`,
});
