import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpComputeInstanceBlocksProjectSshKeys: Rule = {
  id: "gcp-compute-instance-blocks-project-ssh-keys",
  title: "VM instances block project-wide SSH keys",
  severity: "medium",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "A key added to project metadata opens every instance in the project that does not block it: one leaked project key reaches all of them.",
  remediation: {
    text: "Set `block-project-ssh-keys = true` in the instance metadata (or use OS Login).",
    code: {
      terraform: `resource "google_compute_instance" "web" {
  # ...
  metadata = {
    block-project-ssh-keys = true
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys"],
  check(resource) {
    return expectSetting(
      resource,
      "project_ssh_keys_blocked",
      isTrue,
      `Instance ${resource.name} accepts project-wide SSH keys`,
    );
  },
};
