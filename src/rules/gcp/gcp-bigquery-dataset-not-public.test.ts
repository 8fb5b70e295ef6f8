import { ruleTester } from "../testing/tester.ts";
import { gcpBigqueryDatasetNotPublic } from "./gcp-bigquery-dataset-not-public.ts";

ruleTester(gcpBigqueryDatasetNotPublic, {
  fail: [
    {
      name: "special group access entry",
      format: "terraform",
      files: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
}
`,
      line: 6,
      path: "public_access",
    },
    {
      name: "IAM member allUsers",
      format: "terraform",
      files: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
}

resource "google_bigquery_dataset_iam_member" "public" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers"
}
`,
    },
  ],
  pass: [
    {
      name: "group access",
      format: "terraform",
      files: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
  access {
    role           = "READER"
    group_by_email = "analysts@orion.example"
  }
}
`,
    },
  ],
});
