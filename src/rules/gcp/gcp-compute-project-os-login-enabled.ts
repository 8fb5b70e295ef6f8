import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpComputeProjectOsLoginEnabled: Rule = {
  id: "gcp-compute-project-os-login-enabled",
  title: "OS Login is enabled in project metadata",
  severity: "medium",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["compute_project_metadata"],
  rationale:
    "With OS Login enabled for the project, SSH access to every VM follows IAM roles and 2-step verification instead of keys pasted into metadata.",
  remediation: {
    text: 'Set `enable-oslogin = "TRUE"` in project metadata.',
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
    return expectSetting(resource, "os_login", isTrue, `Project metadata does not enable OS Login`);
  },
};
