/** VPC networks → `network`, subnetworks → `subnet`, projects → `project`. */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, block, ResourceBuilder } from "../../kit.ts";
import type { Normalizer, NormalizeContext } from "../../registry.ts";

/** Proxy-only and similar subnets carry no VM traffic and cannot have flow logs. */
const NO_FLOW_LOG_PURPOSES = new Set([
  "INTERNAL_HTTPS_LOAD_BALANCER",
  "REGIONAL_MANAGED_PROXY",
  "GLOBAL_MANAGED_PROXY",
  "PRIVATE_SERVICE_CONNECT",
]);

/** Flow logs of a subnetwork: a `log_config` block (provider 3+) or the older `enable_flow_logs`. */
function subnetFlowLogs(record: RawRecord): { value: Value; attr?: string } {
  if (block(record.attrs, "log_config")) return { value: true, attr: "log_config" };
  const old = record.attrs["enable_flow_logs"];
  if (old !== undefined && old !== null) return { value: asBool(old, false), attr: "enable_flow_logs" };
  return { value: false };
}

function normalizeSubnet(record: RawRecord) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "subnet" });
  const purpose = record.attrs["purpose"];
  if (!(typeof purpose === "string" && NO_FLOW_LOG_PURPOSES.has(purpose))) {
    const fl = subnetFlowLogs(record);
    b.set(
      "flow_logs.enabled",
      isUnknown(purpose) ? purpose : fl.value,
      fl.attr ? { attr: fl.attr } : undefined,
    );
  }
  // Private Google Access is off unless enabled.
  b.fromAttr("private_google_access", "private_ip_google_access", false, (v) => asBool(v, false));
  return b.build();
}

function normalizeNetwork(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "network" });
  b.fromAttr("is_default", "name", false, (v) => (isUnknown(v) ? v : v === "default"));
  // Auto mode (the default) creates a subnet per region, without flow logs.
  b.fromAttr("auto_create_subnetworks", "auto_create_subnetworks", true, (v) => asBool(v, true));
  const auto = b.resource.config["auto_create_subnetworks"];
  const subnets = ctx.index.companions(record, "google_compute_subnetwork", "network", ["name", "self_link"]);
  const logs = subnets
    .filter((s) => !(typeof s.attrs["purpose"] === "string" && NO_FLOW_LOG_PURPOSES.has(s.attrs["purpose"])))
    .map((s) => ({ s, ...subnetFlowLogs(s) }));
  const off = logs.find((l) => l.value === false);
  if (auto === true) b.set("flow_logs.enabled", false, { attr: "auto_create_subnetworks" });
  else if (off) b.set("flow_logs.enabled", false, { record: off.s });
  else if (isUnknown(auto)) b.set("flow_logs.enabled", auto);
  else if (logs.length === 0)
    b.set("flow_logs.enabled", unknown("no subnetwork of this network is declared here"));
  else b.set("flow_logs.enabled", logs.find((l) => isUnknown(l.value))?.value ?? true);
  return b.build();
}

function normalizeProject(record: RawRecord) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "project" });
  b.resource.project =
    typeof record.attrs["project_id"] === "string" ? record.attrs["project_id"] : b.resource.project;
  // Projects get the `default` network unless auto_create_network = false.
  b.fromAttr("auto_create_network", "auto_create_network", true, (v) => asBool(v, true));
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["google_compute_network"], normalize: normalizeNetwork },
  { native_types: ["google_compute_subnetwork"], normalize: normalizeSubnet },
  { native_types: ["google_project"], normalize: normalizeProject },
];
