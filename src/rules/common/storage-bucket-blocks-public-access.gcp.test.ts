import { ruleTester } from "../testing/tester.ts";
import { storageBucketBlocksPublicAccess } from "./storage-bucket-blocks-public-access.ts";

// GCP Terraform cases of a cross-cloud rule: a bucket is public through IAM grants or ACLs to allUsers / allAuthenticatedUsers unless public access prevention is enforced; grants may be separate resources, policy documents from a google_iam_policy data block, or target a bucket declared elsewhere.
ruleTester(storageBucketBlocksPublicAccess, {
  fail: [
    {
      name: "allUsers granted object viewer",
      format: "terraform",
      files: `resource "google_storage_bucket" "site" {
  name     = "orion-site"
  location = "EU"
}

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
`,
      line: 9,
      path: "public_access",
    },
    {
      name: "bucket policy from a google_iam_policy data block naming allAuthenticatedUsers",
      format: "terraform",
      files: `data "google_iam_policy" "exports" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allAuthenticatedUsers"]
  }
}

resource "google_storage_bucket" "exports" {
  name     = "orion-exports"
  location = "EU"
}

resource "google_storage_bucket_iam_policy" "exports" {
  bucket      = google_storage_bucket.exports.name
  policy_data = data.google_iam_policy.exports.policy_data
}
`,
    },
    {
      name: "allUsers on a bucket managed outside this configuration",
      format: "terraform",
      files: `variable "assets_bucket" {
  type = string
}

resource "google_storage_bucket_iam_binding" "assets" {
  bucket  = var.assets_bucket
  role    = "roles/storage.objectViewer"
  members = ["group:web@orion.example", "allUsers"]
}
`,
      line: 8,
      path: "public_access",
    },
    {
      name: "public-read predefined ACL without uniform access",
      format: "terraform",
      files: `resource "google_storage_bucket" "legacy" {
  name     = "orion-legacy"
  location = "EU"
}

resource "google_storage_bucket_acl" "legacy" {
  bucket         = google_storage_bucket.legacy.name
  predefined_acl = "publicRead"
}
`,
    },
  ],
  pass: [
    {
      name: "grant to allUsers refused by enforced public access prevention",
      format: "terraform",
      files: `resource "google_storage_bucket" "site" {
  name                        = "orion-site"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
`,
    },
    {
      name: "bucket policy from a google_iam_policy data block naming a group",
      format: "terraform",
      files: `data "google_iam_policy" "exports" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["group:analysts@orion.example"]
  }
}

resource "google_storage_bucket" "exports" {
  name     = "orion-exports"
  location = "EU"
}

resource "google_storage_bucket_iam_policy" "exports" {
  bucket      = google_storage_bucket.exports.name
  policy_data = data.google_iam_policy.exports.policy_data
}
`,
    },
    {
      name: "group grant on a bucket managed outside this configuration",
      format: "terraform",
      files: `variable "assets_bucket" {
  type = string
}

resource "google_storage_bucket_iam_member" "assets" {
  bucket = var.assets_bucket
  role   = "roles/storage.objectViewer"
  member = "group:web@orion.example"
}
`,
    },
    {
      name: "public-read ACL ignored under uniform bucket-level access",
      format: "terraform",
      files: `resource "google_storage_bucket" "legacy" {
  name                        = "orion-legacy"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_acl" "legacy" {
  bucket         = google_storage_bucket.legacy.name
  predefined_acl = "publicRead"
}
`,
    },
  ],
});
