import { fail, pass, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";

export const gcpComputeInstanceDefaultServiceAccountNotFullAccess: Rule = {
  id: "gcp-compute-instance-default-service-account-not-full-access",
  title: "VMs running as the default service account do not have full Cloud API access",
  severity: "high",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "The default service account with the cloud-platform scope lets any process on the VM, or anyone who reaches its metadata server, call every Google Cloud API with the account's Editor rights.",
  remediation: {
    text: "Run the VM as a dedicated service account, or restrict the default account's scopes to what the workload needs.",
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
  references: ["https://cloud.google.com/compute/docs/access/service-accounts#accesscopesiam"],
  check(resource) {
    const isDefault = resource.config["identity_default"];
    if (isUnknown(isDefault)) return undetermined(`identity: ${isDefault.reason}`);
    if (isDefault !== true) return pass();
    const scopes = resource.config["identity_scopes"];
    if (isUnknown(scopes)) return undetermined(`scopes: ${scopes.reason}`);
    const full =
      Array.isArray(scopes) && scopes.some((s) => typeof s === "string" && /(^|\/)cloud-platform$/.test(s));
    if (full)
      return fail(
        `Instance ${resource.name} runs as the default service account with full access to all Cloud APIs`,
        "identity_scopes",
      );
    if (Array.isArray(scopes) && scopes.some(isUnknown)) return undetermined("a scope is unknown");
    return pass();
  },
};
