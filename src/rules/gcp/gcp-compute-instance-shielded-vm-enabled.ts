import { failAll, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown, getPath } from "../../model/value.ts";

export const gcpComputeInstanceShieldedVmEnabled: Rule = {
  id: "gcp-compute-instance-shielded-vm-enabled",
  title: "VM instances use Shielded VM with secure boot, vTPM and integrity monitoring",
  severity: "medium",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "Shielded VM verifies the boot chain: secure boot refuses unsigned kernels and drivers, the vTPM measures boot, and integrity monitoring reports a changed baseline, defeating boot-level rootkits.",
  remediation: {
    text: "Add a `shielded_instance_config` block with `enable_secure_boot`, `enable_vtpm` and `enable_integrity_monitoring` all true (the image must support Shielded VM).",
    code: {
      terraform: `resource "google_compute_instance" "web" {
  # ...
  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/compute/docs/shielded-vm/shielded-vm"],
  check(resource) {
    const failures = [];
    for (const [key, label] of [
      ["secure_boot", "secure boot"],
      ["vtpm", "vTPM"],
      ["integrity_monitoring", "integrity monitoring"],
    ] as const) {
      const v = getPath(resource.config, `shielded.${key}`);
      if (v === undefined) return skip("Shielded VM is not expressed by this source");
      if (isUnknown(v)) return undetermined(`${label}: ${v.reason}`);
      if (v !== true)
        failures.push({ message: `Instance ${resource.name} has ${label} off`, path: `shielded.${key}` });
    }
    return failAll(failures);
  },
};
