import { ruleTester } from "../testing/tester.ts";
import { gcpIamMembersUseCorporateAccounts } from "./gcp-iam-members-use-corporate-accounts.ts";

ruleTester(gcpIamMembersUseCorporateAccounts, {
  fail: [
    {
      name: "gmail user in a binding",
      format: "terraform",
      files: `resource "google_project_iam_binding" "contractors" {
  project = "orion-prod"
  role    = "roles/viewer"
  members = [
    "user:contractor.bob@gmail.com",
  ]
}
`,
      line: 4,
      path: "members",
    },
  ],
  pass: [
    {
      name: "corporate user",
      format: "terraform",
      files: `resource "google_project_iam_binding" "contractors" {
  project = "orion-prod"
  role    = "roles/viewer"
  members = ["user:bob@orion.example"]
}
`,
    },
  ],
});
