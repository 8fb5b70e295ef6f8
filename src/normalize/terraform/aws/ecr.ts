/** ECR repositories → `container_registry`, with the repository policy joined. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown } from "../../../model/value.ts";
import { asBool, block, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { isSet } from "./references.ts";
import { orphanPolicy, resourcePolicy } from "./resource-policy.ts";

function normalizeRepository(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "container_registry" });
  // Basic scan on push is off unless asked; enhanced registry scanning covers every repository.
  const enhanced = ctx.index
    .ofType("aws_ecr_registry_scanning_configuration")
    .find((r) => r.module === record.module && r.attrs["scan_type"] === "ENHANCED");
  if (enhanced) b.set("scan_on_push", true, { record: enhanced, attr: "scan_type" });
  else b.fromAttr("scan_on_push", "image_scanning_configuration.0.scan_on_push", false, (v) => asBool(v));
  // Tags are MUTABLE unless set otherwise.
  b.fromAttr("tag_immutable", "image_tag_mutability", false, (v) => String(v).startsWith("IMMUTABLE"));
  // Images are always encrypted: AES256 by default, KMS (aws/ecr or a customer key) when chosen.
  b.set("encryption.enabled", true);
  const enc = block(record.attrs, "encryption_configuration");
  const type = enc?.["encryption_type"];
  b.set(
    "encryption.customer_managed_key",
    isUnknown(type) ? type : type === "KMS" && isSet(enc?.["kms_key"]),
    enc ? { attr: "encryption_configuration" } : undefined,
  );
  resourcePolicy(b, record, ctx, "policy", {
    type: "aws_ecr_repository_policy",
    via: "repository",
    keys: ["name"],
  });
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_ecr_repository"],
    normalize: normalizeRepository,
  },
  orphanPolicy({
    policyType: "aws_ecr_repository_policy",
    via: "repository",
    primaryTypes: ["aws_ecr_repository"],
    keys: ["name"],
    type: "container_registry",
  }),
];
