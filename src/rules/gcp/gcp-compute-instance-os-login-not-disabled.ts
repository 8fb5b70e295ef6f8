import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";

export const gcpComputeInstanceOsLoginNotDisabled: Rule = {
  id: "gcp-compute-instance-os-login-not-disabled",
  title: "VM instances do not turn OS Login off",
  severity: "medium",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "OS Login ties SSH access to IAM identities and removes unmanaged metadata keys. An instance that sets enable-oslogin to FALSE opts out of the project policy and goes back to keys nobody rotates or revokes.",
  remediation: {
    text: 'Remove `enable-oslogin = "FALSE"` from the instance metadata (and enable OS Login in project metadata).',
    code: {
      terraform: `resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/compute/docs/oslogin/set-up-oslogin"],
  check(resource) {
    const v = resource.config["os_login"];
    if (v === undefined) return skip("OS Login is not expressed by this source");
    if (isUnknown(v)) return undetermined(`OS Login: ${v.reason}`);
    if (v === false) return fail(`Instance ${resource.name} turns OS Login off`, "os_login");
    if (v === null)
      return undetermined("OS Login is not set on the instance or in project metadata declared here");
    return pass();
  },
};
