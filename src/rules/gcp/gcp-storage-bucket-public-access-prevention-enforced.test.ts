import { ruleTester } from "../testing/tester.ts";
import { gcpStorageBucketPublicAccessPreventionEnforced } from "./gcp-storage-bucket-public-access-prevention-enforced.ts";

ruleTester(gcpStorageBucketPublicAccessPreventionEnforced, {
  fail: [
    {
      name: "inherited prevention",
      format: "terraform",
      files: `resource "google_storage_bucket" "exports" {
  name                     = "acme-exports"
  location                 = "US"
  public_access_prevention = "inherited"
}
`,
      line: 4,
      path: "public_access_blocked",
    },
  ],
  pass: [
    {
      name: "enforced",
      format: "terraform",
      files: `resource "google_storage_bucket" "exports" {
  name                     = "acme-exports"
  location                 = "US"
  public_access_prevention = "enforced"
}
`,
    },
  ],
});
