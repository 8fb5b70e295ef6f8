import { ruleTester } from "../testing/tester.ts";
import { gcpKmsKeyRotationWithin90Days } from "./gcp-kms-key-rotation-within-90-days.ts";

ruleTester(gcpKmsKeyRotationWithin90Days, {
  fail: [
    {
      name: "yearly rotation",
      format: "terraform",
      files: `resource "google_kms_crypto_key" "app" {
  name            = "app"
  key_ring        = "projects/p/locations/europe/keyRings/app"
  rotation_period = "31536000s"
}
`,
      line: 4,
      path: "rotation_period_days",
      message: "365",
    },
    {
      name: "no rotation",
      format: "terraform",
      files: `resource "google_kms_crypto_key" "app" {
  name     = "app"
  key_ring = "projects/p/locations/europe/keyRings/app"
}
`,
    },
  ],
  pass: [
    {
      name: "90 days",
      format: "terraform",
      files: `resource "google_kms_crypto_key" "app" {
  name            = "app"
  key_ring        = "projects/p/locations/europe/keyRings/app"
  rotation_period = "7776000s"
}
`,
    },
  ],
});
