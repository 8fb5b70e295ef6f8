import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpBigqueryDatasetNotPublic: Rule = {
  id: "gcp-bigquery-dataset-not-public",
  title: "BigQuery datasets are not accessible to allUsers or allAuthenticatedUsers",
  severity: "critical",
  category: "public_exposure",
  providers: ["gcp"],
  resource_types: ["analytics_dataset", "analytics_table"],
  rationale:
    "A dataset shared with allAuthenticatedUsers can be queried by anyone with a Google account; with allUsers, by anyone at all. Analytics datasets tend to hold the most complete copy of customer data.",
  remediation: {
    text: "Remove the allUsers / allAuthenticatedUsers access entries and IAM grants; share with named groups or authorized views.",
    code: {
      terraform: `resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  access {
    role          = "READER"
    group_by_email = "analysts@example.com"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/bigquery/docs/dataset-access-controls"],
  check(resource) {
    return expectSetting(
      resource,
      "public_access",
      isFalse,
      `BigQuery ${resource.name} is accessible to allUsers or allAuthenticatedUsers`,
    );
  },
};
