import { ruleTester } from "../testing/tester.ts";
import { gcpIamNoProjectLevelServiceAccountUserRole } from "./gcp-iam-no-project-level-service-account-user-role.ts";

ruleTester(gcpIamNoProjectLevelServiceAccountUserRole, {
  fail: [
    {
      name: "token creator on the project",
      format: "terraform",
      files: `resource "google_project_iam_member" "ci_tokens" {
  project = "orion-prod"
  role    = "roles/iam.serviceAccountTokenCreator"
  member  = "serviceAccount:ci@orion-prod.iam.gserviceaccount.com"
}
`,
      line: 3,
      path: "roles",
    },
    {
      name: "service account user for a group",
      format: "terraform",
      files: `resource "google_project_iam_binding" "devs" {
  project = "orion-prod"
  role    = "roles/iam.serviceAccountUser"
  members = ["group:developers@orion.example"]
}
`,
    },
  ],
  pass: [
    {
      name: "granted on one service account",
      format: "terraform",
      files: `resource "google_service_account" "runtime" {
  account_id = "runtime"
}

resource "google_service_account_iam_member" "ci_uses_runtime" {
  service_account_id = google_service_account.runtime.name
  role               = "roles/iam.serviceAccountUser"
  member             = "serviceAccount:ci@orion-prod.iam.gserviceaccount.com"
}
`,
    },
    {
      name: "other project role",
      format: "terraform",
      files: `resource "google_project_iam_member" "ci_logs" {
  project = "orion-prod"
  role    = "roles/logging.viewer"
  member  = "serviceAccount:ci@orion-prod.iam.gserviceaccount.com"
}
`,
    },
  ],
});
