import { skip, type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpIamServiceAccountHasNoUserManagedKeys: Rule = {
  id: "gcp-iam-service-account-has-no-user-managed-keys",
  title: "Service accounts have no user-managed keys",
  severity: "high",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["service_account", "service_account_key"],
  rationale:
    "A user-managed key is a long-lived credential that Google never rotates: it ends up in CI variables, laptops and repositories, and whoever holds it acts as the service account from anywhere. Attached service accounts, Workload Identity and workload identity federation need no key.",
  remediation: {
    text: "Delete the `google_service_account_key` and let the workload use its attached service account, Workload Identity, or workload identity federation; block key creation with the `iam.disableServiceAccountKeyCreation` organization policy.",
    code: {
      terraform: `resource "google_org_policy_policy" "no_sa_keys" {
  name   = "projects/\${var.project_id}/policies/iam.disableServiceAccountKeyCreation"
  parent = "projects/\${var.project_id}"
  spec {
    rules {
      enforce = "TRUE"
    }
  }
}`,
    },
  },
  auto_remediable: false,
  references: ["https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys"],
  check(resource, ctx) {
    if (resource.type === "service_account")
      return expectSetting(
        resource,
        "access_keys",
        (n) => n === 0,
        `Service account ${resource.name} has a user-managed key`,
      );
    // A key of an account declared here is reported on the account.
    if (ctx.graph.outgoing(resource.uid, "belongs_to").length > 0)
      return skip("reported on its service account");
    return expectSetting(
      resource,
      "user_managed",
      isFalse,
      `Service account key ${resource.name} is a user-managed key`,
    );
  },
};
