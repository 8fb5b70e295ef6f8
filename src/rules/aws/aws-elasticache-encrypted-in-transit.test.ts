import { ruleTester } from "../testing/tester.ts";
import { awsElasticacheEncryptedInTransit } from "./aws-elasticache-encrypted-in-transit.ts";

ruleTester(awsElasticacheEncryptedInTransit, {
  fail: [
    {
      name: "transit encryption off",
      format: "terraform",
      files: `resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false
  auth_token                 = var.redis_auth_token
}

variable "redis_auth_token" {
  type      = string
  sensitive = true
}
`,
      line: 7,
      path: "transit_encryption",
    },
    {
      name: "memcached cluster without TLS",
      format: "terraform",
      files: `resource "aws_elasticache_cluster" "cache" {
  cluster_id      = "cache"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}
`,
      path: "transit_encryption",
    },
  ],
  pass: [
    {
      name: "TLS on",
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
