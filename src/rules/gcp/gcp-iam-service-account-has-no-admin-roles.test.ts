import { ruleTester } from "../testing/tester.ts";
import { gcpIamServiceAccountHasNoAdminRoles } from "./gcp-iam-service-account-has-no-admin-roles.ts";

ruleTester(gcpIamServiceAccountHasNoAdminRoles, {
  fail: [
    {
      name: "node pool account granted owner by reference",
      format: "terraform",
      files: `resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

resource "google_project_iam_member" "nodes_owner" {
  project = "orion-prod"
  role    = "roles/owner"
  member  = "serviceAccount:\${google_service_account.nodes.email}"
}
`,
      line: 8,
      path: "members",
      message: "roles/owner",
    },
    {
      name: "binding with an admin role for a literal account",
      format: "terraform",
      files: `resource "google_project_iam_binding" "deployers" {
  project = "orion-prod"
  role    = "roles/container.admin"
  members = [
    "group:platform@orion.example",
    "serviceAccount:ci@orion-prod.iam.gserviceaccount.com",
  ]
}
`,
      message: "roles/container.admin",
    },
    {
      name: "owner granted through a google_iam_policy data block",
      format: "terraform",
      files: `data "google_iam_policy" "project" {
  binding {
    role    = "roles/viewer"
    members = ["group:auditors@orion.example"]
  }
  binding {
    role    = "roles/owner"
    members = ["serviceAccount:terraform@orion-prod.iam.gserviceaccount.com"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = "orion-prod"
  policy_data = data.google_iam_policy.project.policy_data
}
`,
      line: 8,
      path: "members",
      message: "roles/owner",
    },
    {
      name: "editor in an inline policy document",
      format: "terraform",
      files: `resource "google_folder_iam_policy" "apps" {
  folder = "folders/1234567"
  policy_data = jsonencode({
    bindings = [
      { role = "roles/viewer", members = ["group:audit@orion.example"] },
      { role = "roles/editor", members = ["serviceAccount:batch@orion-prod.iam.gserviceaccount.com"] },
    ]
  })
}
`,
      message: "roles/editor",
    },
  ],
  pass: [
    {
      name: "viewer for a service account through a google_iam_policy data block",
      format: "terraform",
      files: `data "google_iam_policy" "project" {
  binding {
    role    = "roles/viewer"
    members = ["serviceAccount:reporting@orion-prod.iam.gserviceaccount.com"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = "orion-prod"
  policy_data = data.google_iam_policy.project.policy_data
}
`,
    },
    {
      name: "narrow role for the account",
      format: "terraform",
      files: `resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

resource "google_project_iam_member" "nodes_logging" {
  project = "orion-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:\${google_service_account.nodes.email}"
}
`,
    },
    {
      name: "owner held by a group, not a service account",
      format: "terraform",
      files: `resource "google_project_iam_member" "owners" {
  project = "orion-prod"
  role    = "roles/owner"
  member  = "group:cloud-admins@orion.example"
}
`,
    },
  ],
});
