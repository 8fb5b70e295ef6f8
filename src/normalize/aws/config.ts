/** Live AWS Config recorders → `config_recorder`. */
import type { ConfigurationRecorder } from "@aws-sdk/client-config-service";
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { dataAs, liveResource } from "./resource.ts";

export function normalizeRecorder(rec: LiveRecord): Resource {
  const c = dataAs<ConfigurationRecorder & { Recording?: boolean }>(rec);
  const group = c.recordingGroup;
  return liveResource(rec, "config_recorder", {
    enabled: c.Recording === true,
    // Without a recording group every supported type is recorded, global (IAM) types are not.
    all_resources: group?.allSupported ?? true,
    include_global_resources: group?.includeGlobalResourceTypes ?? false,
  });
}
