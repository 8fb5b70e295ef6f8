import { ruleTester } from "../testing/tester.ts";
import { storageBucketVersioningEnabled } from "./storage-bucket-versioning-enabled.ts";

// GCP Terraform cases of a cross-cloud rule: object versioning is off unless a versioning block enables it.
ruleTester(storageBucketVersioningEnabled, {
  fail: [
    {
      name: "bucket without a versioning block",
      format: "terraform",
      files: `resource "google_storage_bucket" "reports" {
  name                        = "orion-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
}
`,
    },
    {
      name: "versioning written disabled",
      format: "terraform",
      files: `resource "google_storage_bucket" "reports" {
  name                        = "orion-reports"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = false
  }
}
`,
      line: 7,
      path: "versioning.enabled",
    },
  ],
  pass: [
    {
      name: "versioning enabled",
      format: "terraform",
      files: `resource "google_storage_bucket" "reports" {
  name                        = "orion-reports"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = true
  }
}
`,
    },
  ],
});
