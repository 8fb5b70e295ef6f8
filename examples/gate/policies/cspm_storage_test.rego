package cspm.storage

bucket(config) = r {
  r := {"type": "cloud_storage_bucket", "name": "b", "project": "p", "tags": {"owner": "data"},
        "config": config,
        "metadata": {"object_count": 12, "total_size": "3 GiB", "last_modified": "2024-05-01"}}
}

test_unencrypted_bucket_denied {
  count(deny) == 1 with input as {"resources": [bucket({"encryption": {"enabled": false}, "public_access": false})]}
}

test_encrypted_private_bucket_allowed {
  count(deny) == 0 with input as {"resources": [bucket({"encryption": {"enabled": true}, "public_access": false})]}
}

test_unknown_encryption_is_silent {
  count(deny) == 0 with input as {"resources": [bucket({"encryption": {"enabled": {"$unknown": "var.sse"}}, "public_access": {"$unknown": "var.acl"}})]}
}

test_public_bucket_denied_as_critical {
  some m
  deny[m] with input as {"resources": [bucket({"encryption": {"enabled": true}, "public_access": true})]}
  contains(m, "Severity: CRITICAL")
}
