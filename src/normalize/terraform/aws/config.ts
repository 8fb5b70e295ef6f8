/** AWS Config recorders, with their `aws_config_configuration_recorder_status` folded in. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { asBool, block, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";

function normalizeRecorder(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "config_recorder" });
  const status = ctx.index.companions(record, "aws_config_configuration_recorder_status", "name", [
    "name",
  ])[0];
  if (status) {
    b.join(status);
    b.set("enabled", asBool(status.attrs["is_enabled"], false), { record: status, attr: "is_enabled" });
  } else {
    // A recorder records nothing until a status resource (or a manual start) turns it on.
    b.set("enabled", false);
  }
  const group = block(record.attrs, "recording_group");
  // Defaults: every supported type is recorded; global (IAM) resources are not.
  const all = asBool(group?.["all_supported"], true);
  b.set(
    "all_resources",
    all,
    group?.["all_supported"] !== undefined ? { attr: "recording_group.0.all_supported" } : undefined,
  );
  b.set(
    "include_global_resources",
    asBool(group?.["include_global_resource_types"], false),
    group?.["include_global_resource_types"] !== undefined
      ? { attr: "recording_group.0.include_global_resource_types" }
      : undefined,
  );
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_config_configuration_recorder"],
    companions: ["aws_config_configuration_recorder_status"],
    normalize: normalizeRecorder,
  },
];
