import { ruleTester } from "../testing/tester.ts";
import { gcpIamServiceAccountHasNoUserManagedKeys } from "./gcp-iam-service-account-has-no-user-managed-keys.ts";

ruleTester(gcpIamServiceAccountHasNoUserManagedKeys, {
  fail: [
    {
      name: "key for an account declared elsewhere",
      format: "terraform",
      files: `resource "google_service_account_key" "legacy" {
  service_account_id = "projects/orion-prod/serviceAccounts/legacy@orion-prod.iam.gserviceaccount.com"
}
`,
      path: "user_managed",
    },
    {
      name: "key created for a declared service account",
      format: "terraform",
      files: `resource "google_service_account" "ci" {
  account_id = "ci-deployer"
}

resource "google_service_account_key" "ci" {
  service_account_id = google_service_account.ci.name
}
`,
      line: 5,
      path: "access_keys",
    },
  ],
  pass: [
    {
      name: "account without keys",
      format: "terraform",
      files: `resource "google_service_account" "ci" {
  account_id = "ci-deployer"
}
`,
    },
  ],
});
