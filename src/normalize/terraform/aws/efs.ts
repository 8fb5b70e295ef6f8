/** EFS file systems → `file_system`, with the file system policy joined. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { asBool, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { isSet } from "./references.ts";
import { orphanPolicy, resourcePolicy } from "./resource-policy.ts";

function normalizeFileSystem(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "file_system" });
  // The API creates unencrypted file systems unless encrypted = true (the console defaults differ).
  b.fromAttr("encryption.enabled", "encrypted", false, (v) => asBool(v));
  b.set("encryption.customer_managed_key", isSet(record.attrs["kms_key_id"]), { attr: "kms_key_id" });
  resourcePolicy(b, record, ctx, "policy", {
    type: "aws_efs_file_system_policy",
    via: "file_system_id",
    keys: ["id"],
  });
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_efs_file_system"],
    normalize: normalizeFileSystem,
  },
  orphanPolicy({
    policyType: "aws_efs_file_system_policy",
    via: "file_system_id",
    primaryTypes: ["aws_efs_file_system"],
    keys: ["id"],
    type: "file_system",
  }),
];
