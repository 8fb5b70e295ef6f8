import { settingRule } from "./setting-rule.ts";

export const awsElasticacheAuthRequired = settingRule({
  id: "aws-elasticache-auth-required",
  title: "ElastiCache Redis requires authentication",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["cache_cluster"],
  rationale:
    "A Redis endpoint without an AUTH token or RBAC user group accepts commands from anything that can reach it on the network, including FLUSHALL and CONFIG.",
  remediation: {
    text: "Set an `auth_token` (with transit encryption) or attach RBAC `user_group_ids`.",
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
    "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-6",
  ],
  path: "auth_required",
  ok: (v) => v === true,
  message: (r) => `ElastiCache ${r.name} accepts unauthenticated connections`,
});
