import { pass, type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpComputeInstanceNotDefaultServiceAccount: Rule = {
  id: "gcp-compute-instance-not-default-service-account",
  title: "VM instances do not run as the Compute Engine default service account",
  severity: "medium",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "The Compute Engine default service account is created with the Editor role on the project in most organizations: every VM running as it can modify almost anything in the project once compromised.",
  remediation: {
    text: "Create a dedicated service account with only the roles the workload needs and set it in the instance's `service_account` block.",
    code: {
      terraform: `resource "google_compute_instance" "web" {
  # ...
  service_account {
    email  = google_service_account.web.email
    scopes = ["cloud-platform"]
  }
}`,
    },
  },
  auto_remediable: false,
  references: ["https://cloud.google.com/compute/docs/access/service-accounts#default_service_account"],
  check(resource) {
    if (resource.config["identity"] === null) return pass();
    return expectSetting(
      resource,
      "identity_default",
      isFalse,
      `Instance ${resource.name} runs as the Compute Engine default service account`,
    );
  },
};
