# The guide's example policy, unchanged (Rego v0 syntax; Parapet runs it in OPA's v0-compatible mode).
# Deny any cloud storage bucket without encryption at rest
package cspm.storage
deny[msg] {
resource := input.resources[_]
resource.type == "cloud_storage_bucket"
not resource.config.encryption.enabled
msg := sprintf(
"Storage bucket '%s' in project '%s' lacks encryption at rest. "
"Remediation: Enable default encryption with customer-managed key. "
"Compliance: CIS Benchmark 3.2, SOC 2 CC6.1, HIPAA 164.312(a)(2)(iv)",
[resource.name, resource.project]
)
}
deny[msg] {
resource := input.resources[_]
resource.type == "cloud_storage_bucket"
resource.config.public_access == true
msg := sprintf(
"Storage bucket '%s' allows public access. Severity: CRITICAL. "
"Blast radius: %d objects, %s total size. "
"Owner: %s. Last modified: %s",
[resource.name, resource.metadata.object_count,
resource.metadata.total_size, resource.tags.owner,
resource.metadata.last_modified]
)
}
