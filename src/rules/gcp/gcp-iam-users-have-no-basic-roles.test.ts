import { ruleTester } from "../testing/tester.ts";
import { gcpIamUsersHaveNoBasicRoles } from "./gcp-iam-users-have-no-basic-roles.ts";

ruleTester(gcpIamUsersHaveNoBasicRoles, {
  fail: [
    {
      name: "user is editor",
      format: "terraform",
      files: `resource "google_project_iam_member" "jane" {
  project = "orion-prod"
  role    = "roles/editor"
  member  = "user:jane@orion.example"
}
`,
      line: 4,
      path: "members",
    },
  ],
  pass: [
    {
      name: "predefined role for a user",
      format: "terraform",
      files: `resource "google_project_iam_member" "jane" {
  project = "orion-prod"
  role    = "roles/container.developer"
  member  = "user:jane@orion.example"
}
`,
    },
  ],
});
