import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpBigqueryEncryptedWithCmek: Rule = {
  id: "gcp-bigquery-encrypted-with-cmek",
  title: "BigQuery datasets and tables are encrypted with a customer-managed key",
  severity: "low",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["analytics_dataset", "analytics_table"],
  rationale:
    "With a Cloud KMS key, access to the data can be revoked by disabling the key and every use of the key is logged; Google-managed keys offer neither.",
  remediation: {
    text: "Set `default_encryption_configuration { kms_key_name = ... }` on the dataset (and `encryption_configuration` on tables).",
    code: {
      terraform: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.bq.id
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/bigquery/docs/customer-managed-encryption"],
  check(resource) {
    return expectSetting(
      resource,
      "encryption.customer_managed_key",
      isTrue,
      `BigQuery ${resource.name} is encrypted with Google-managed keys only`,
    );
  },
};
