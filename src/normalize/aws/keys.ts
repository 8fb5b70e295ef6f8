/**
 * Whether a KMS key named by another resource is customer-managed. The resource only gives a
 * key id or ARN; the answer is in the key's own metadata, collected by the KMS collector. A key
 * KMS did not describe (another account's, or a failed call) leaves the answer unknown.
 */
import type { KeyMetadata } from "@aws-sdk/client-kms";
import { unknown, type Unknown } from "../../model/value.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { KEY } from "../../sources/aws/kms.ts";

export class KeyIndex {
  private readonly managers = new Map<string, string>();

  constructor(records: readonly LiveRecord[]) {
    for (const r of records) {
      if (r.native_type !== KEY) continue;
      const meta = r.data["KeyMetadata"] as KeyMetadata | null | undefined;
      if (!meta?.KeyManager) continue;
      if (meta.Arn) this.managers.set(meta.Arn, meta.KeyManager);
      if (meta.KeyId) this.managers.set(meta.KeyId, meta.KeyManager);
    }
  }

  customerManaged(keyId: string | null | undefined): boolean | Unknown {
    if (!keyId) return false;
    // The default keys of services are AWS-managed by definition.
    if (/(^|:)alias\/aws\//.test(keyId)) return false;
    const manager = this.managers.get(keyId) ?? this.managers.get(keyId.split("/").pop() ?? keyId);
    if (manager) return manager === "CUSTOMER";
    return unknown(`KMS key ${keyId} was not described, so who manages it is unknown`);
  }
}
