/** Live Secrets Manager secrets → `secret`. */
import type { SecretListEntry } from "@aws-sdk/client-secrets-manager";
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import type { KeyIndex } from "./keys.ts";
import { parseDocument, policyIsPublic } from "./policy.ts";
import { dataAs, liveResource } from "./resource.ts";

export function normalizeSecret(rec: LiveRecord, keys: KeyIndex): Resource {
  const s = dataAs<SecretListEntry & { ResourcePolicy?: string | null }>(rec);
  return liveResource(rec, "secret", {
    // Secrets are always encrypted, with the AWS-managed aws/secretsmanager key unless one is named.
    encryption: {
      enabled: true,
      customer_managed_key: keys.customerManaged(s.KmsKeyId),
      key_id: s.KmsKeyId ?? null,
    },
    rotation: { enabled: s.RotationEnabled === true },
    public_access: policyIsPublic(parseDocument(s.ResourcePolicy)),
  });
}
