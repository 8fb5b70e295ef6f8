import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpComputeSubnetFlowLogsEnabled: Rule = {
  id: "gcp-compute-subnet-flow-logs-enabled",
  title: "VPC subnets have flow logs enabled",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["subnet"],
  rationale:
    "Flow logs record the connections of every VM in the subnet; without them an investigation cannot tell what a compromised instance talked to.",
  remediation: {
    text: "Add a `log_config` block to the subnetwork (aggregation interval 5 s, sampling 1.0, all metadata for full fidelity).",
    code: {
      terraform: `resource "google_compute_subnetwork" "app" {
  name          = "app"
  ip_cidr_range = "10.0.0.0/24"
  network       = google_compute_network.main.id
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 1.0
    metadata             = "INCLUDE_ALL_METADATA"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/vpc/docs/using-flow-logs"],
  check(resource) {
    return expectSetting(resource, "flow_logs.enabled", isTrue, `Subnet ${resource.name} has no flow logs`);
  },
};
