import { settingRule } from "./setting-rule.ts";

export const awsElasticacheEncryptedAtRest = settingRule({
  id: "aws-elasticache-encrypted-at-rest",
  title: "ElastiCache replication groups encrypt data at rest",
  severity: "high",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["cache_cluster"],
  rationale:
    "Cached data and its backups (often session tokens and personal data) are stored on disk in the clear unless at-rest encryption is on; it can only be set at creation.",
  remediation: {
    text: "Set `at_rest_encryption_enabled = true` (optionally with a customer-managed `kms_key_id`).",
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
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-4",
  ],
  path: "encryption.enabled",
  ok: (v) => v === true,
  message: (r) => `ElastiCache ${r.name} does not encrypt data at rest`,
});
