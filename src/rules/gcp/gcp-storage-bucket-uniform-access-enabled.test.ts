import { ruleTester } from "../testing/tester.ts";
import { gcpStorageBucketUniformAccessEnabled } from "./gcp-storage-bucket-uniform-access-enabled.ts";

ruleTester(gcpStorageBucketUniformAccessEnabled, {
  fail: [
    {
      name: "uniform access explicitly off",
      format: "terraform",
      files: `resource "google_storage_bucket" "docs" {
  name                        = "acme-loan-docs"
  location                    = "US"
  uniform_bucket_level_access = false
}
`,
      line: 4,
      path: "uniform_access",
    },
    {
      name: "not set: ACLs are allowed by default",
      format: "terraform",
      files: `resource "google_storage_bucket" "docs" {
  name     = "acme-loan-docs"
  location = "US"
}
`,
    },
  ],
  pass: [
    {
      name: "uniform access on",
      format: "terraform",
      files: `resource "google_storage_bucket" "docs" {
  name                        = "acme-loan-docs"
  location                    = "US"
  uniform_bucket_level_access = true
}
`,
    },
    {
      name: "old provider alias bucket_policy_only",
      format: "terraform",
      files: `resource "google_storage_bucket" "docs" {
  name               = "acme-loan-docs"
  location           = "US"
  bucket_policy_only = true
}
`,
    },
  ],
});
