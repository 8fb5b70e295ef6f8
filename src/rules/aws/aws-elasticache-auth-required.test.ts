import { ruleTester } from "../testing/tester.ts";
import { awsElasticacheAuthRequired } from "./aws-elasticache-auth-required.ts";

ruleTester(awsElasticacheAuthRequired, {
  fail: [
    {
      name: "no token",
      format: "terraform",
      files: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
`,
      line: 1,
      path: "auth_required",
    },
  ],
  pass: [
    {
      name: "AUTH token",
      format: "terraform",
      files: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = var.redis_auth_token
}

variable "redis_auth_token" {
  type      = string
  sensitive = true
}
`,
    },
  ],
});
