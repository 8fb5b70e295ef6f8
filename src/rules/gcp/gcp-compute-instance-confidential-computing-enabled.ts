import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpComputeInstanceConfidentialComputingEnabled: Rule = {
  id: "gcp-compute-instance-confidential-computing-enabled",
  title: "VM instances use Confidential Computing",
  severity: "low",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "Confidential VMs keep memory encrypted with a per-VM key the hypervisor cannot read, protecting data in use from a compromised host or operator. It matters for regulated data processed in memory.",
  remediation: {
    text: 'Use an N2D/C2D/C3 machine type and add `confidential_instance_config { enable_confidential_compute = true }` with `on_host_maintenance = "TERMINATE"`.',
    code: {
      terraform: `resource "google_compute_instance" "worker" {
  machine_type = "n2d-standard-4"
  # ...
  confidential_instance_config {
    enable_confidential_compute = true
  }
  scheduling {
    on_host_maintenance = "TERMINATE"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/compute/docs/confidential-vm/overview"],
  check(resource) {
    return expectSetting(
      resource,
      "confidential_computing",
      isTrue,
      `Instance ${resource.name} does not encrypt memory in use (Confidential VM off)`,
    );
  },
};
