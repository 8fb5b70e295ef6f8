/** Live KMS customer-managed keys → `kms_key`. AWS-managed keys produce no resource: AWS rotates them. */
import type { KeyMetadata } from "@aws-sdk/client-kms";
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { parseDocument, policyIsPublic } from "./policy.ts";
import { field, liveResource } from "./resource.ts";

export function normalizeKey(rec: LiveRecord): Resource | null {
  const meta = field<KeyMetadata | null>(rec, "KeyMetadata");
  if (meta?.KeyManager === "AWS") return null;
  const rotation = field<{ Enabled: boolean; PeriodDays: number | null }>(rec, "Rotation");
  const policy = parseDocument(field<string | null>(rec, "Policy"));
  const r = liveResource(rec, "kms_key", {
    rotation_enabled: rotation?.Enabled === true,
    rotation_period_days: rotation?.Enabled ? (rotation.PeriodDays ?? 365) : null,
    policy,
    public_policy: policyIsPublic(policy),
    deletion_window_days: meta?.PendingDeletionWindowInDays ?? null,
    enabled: meta?.KeyState === "Enabled",
    symmetric: (meta?.KeySpec ?? "SYMMETRIC_DEFAULT") === "SYMMETRIC_DEFAULT",
  });
  if (meta?.Description) r.metadata["description"] = meta.Description;
  return r;
}
