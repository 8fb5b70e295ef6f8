import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpStorageBucketUniformAccessEnabled: Rule = {
  id: "gcp-storage-bucket-uniform-access-enabled",
  title: "Cloud Storage buckets use uniform bucket-level access",
  severity: "medium",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "With fine-grained ACLs, any object can carry its own grant, so who can read a bucket cannot be told from its IAM policy alone and a single public object ACL goes unnoticed. Uniform bucket-level access turns ACLs off and makes IAM the only way in.",
  remediation: {
    text: "Set `uniform_bucket_level_access = true` on the bucket and move any object ACL grants into bucket IAM.",
    code: {
      terraform: `resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
}`,
      cli: "gcloud storage buckets update gs://BUCKET --uniform-bucket-level-access",
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/storage/docs/uniform-bucket-level-access"],
  check(resource) {
    return expectSetting(
      resource,
      "uniform_access",
      isTrue,
      `Bucket ${resource.name} allows object ACLs: uniform bucket-level access is off`,
    );
  },
};
