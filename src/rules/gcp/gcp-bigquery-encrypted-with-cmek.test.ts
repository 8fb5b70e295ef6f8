import { ruleTester } from "../testing/tester.ts";
import { gcpBigqueryEncryptedWithCmek } from "./gcp-bigquery-encrypted-with-cmek.ts";

ruleTester(gcpBigqueryEncryptedWithCmek, {
  fail: [
    {
      name: "dataset without CMEK",
      format: "terraform",
      files: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
}
`,
      path: "encryption.customer_managed_key",
    },
  ],
  pass: [
    {
      name: "dataset with CMEK",
      format: "terraform",
      files: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
  default_encryption_configuration {
    kms_key_name = "projects/p/locations/eu/keyRings/bq/cryptoKeys/sales"
  }
}
`,
    },
    {
      name: "table with CMEK",
      format: "terraform",
      files: `resource "google_bigquery_table" "orders" {
  dataset_id = "sales"
  table_id   = "orders"
  encryption_configuration {
    kms_key_name = "projects/p/locations/eu/keyRings/bq/cryptoKeys/sales"
  }
}
`,
    },
  ],
});
