import { skip, type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpStorageBucketPublicAccessPreventionEnforced: Rule = {
  id: "gcp-storage-bucket-public-access-prevention-enforced",
  title: "Cloud Storage buckets enforce public access prevention",
  severity: "medium",
  category: "public_exposure",
  providers: ["gcp"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Public access prevention makes Cloud Storage refuse any grant to allUsers or allAuthenticatedUsers on the bucket, so a later IAM or ACL mistake cannot publish its objects. With `inherited`, only an organization policy outside the configuration protects it.",
  remediation: {
    text: 'Set `public_access_prevention = "enforced"` on buckets that never serve public content.',
    code: {
      terraform: `resource "google_storage_bucket" "data" {
  name                     = "acme-data"
  location                 = "EU"
  public_access_prevention = "enforced"
}`,
      cli: "gcloud storage buckets update gs://BUCKET --public-access-prevention",
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/storage/docs/public-access-prevention"],
  check(resource) {
    if (resource.config["website_enabled"] === true) return skip("the bucket serves a static website");
    return expectSetting(
      resource,
      "public_access_blocked",
      isTrue,
      `Bucket ${resource.name} does not enforce public access prevention`,
    );
  },
};
