import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpGkeSecretsEncryptedWithKms: Rule = {
  id: "gcp-gke-secrets-encrypted-with-kms",
  title: "GKE encrypts Kubernetes secrets with a Cloud KMS key",
  severity: "medium",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "Application-layer secrets encryption wraps the etcd data keys with your Cloud KMS key, so a copy of etcd or its backups does not reveal secrets and access to them can be revoked.",
  remediation: {
    text: 'Add `database_encryption { state = "ENCRYPTED" key_name = <Cloud KMS key> }`.',
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  database_encryption {
    state    = "ENCRYPTED"
    key_name = google_kms_crypto_key.gke.id
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets"],
  check(resource) {
    return expectSetting(
      resource,
      "secrets_encryption.enabled",
      isTrue,
      `Cluster ${resource.name} does not encrypt Kubernetes secrets with a Cloud KMS key`,
    );
  },
};
