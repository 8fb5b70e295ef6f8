import { ruleTester } from "../testing/tester.ts";
import { awsElasticacheEncryptedAtRest } from "./aws-elasticache-encrypted-at-rest.ts";

ruleTester(awsElasticacheEncryptedAtRest, {
  fail: [
    {
      name: "at-rest encryption off",
      format: "terraform",
      files: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = false
  transit_encryption_enabled = true
  auth_token                 = var.redis_auth_token
}

variable "redis_auth_token" {
  type      = string
  sensitive = true
}
`,
      line: 6,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "both encryptions",
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
