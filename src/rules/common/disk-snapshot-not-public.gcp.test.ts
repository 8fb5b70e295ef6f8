import { ruleTester } from "../testing/tester.ts";
import { diskSnapshotNotPublic } from "./disk-snapshot-not-public.ts";

// GCP Terraform cases of a cross-cloud rule: snapshots are shared through IAM grants on them.
ruleTester(diskSnapshotNotPublic, {
  fail: [
    {
      name: "snapshot usable by allAuthenticatedUsers",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "orion-data"
  zone = "europe-west1-b"
  size = 200
}

resource "google_compute_snapshot" "nightly" {
  name        = "orion-data-nightly"
  source_disk = google_compute_disk.data.id
  zone        = "europe-west1-b"
}

resource "google_compute_snapshot_iam_member" "open" {
  name   = google_compute_snapshot.nightly.name
  role   = "roles/compute.storageAdmin"
  member = "allAuthenticatedUsers"
}
`,
      line: 16,
      path: "public",
    },
  ],
  pass: [
    {
      name: "snapshot granted to one group",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "orion-data"
  zone = "europe-west1-b"
  size = 200
}

resource "google_compute_snapshot" "nightly" {
  name        = "orion-data-nightly"
  source_disk = google_compute_disk.data.id
  zone        = "europe-west1-b"
}

resource "google_compute_snapshot_iam_member" "restore" {
  name   = google_compute_snapshot.nightly.name
  role   = "roles/compute.storageAdmin"
  member = "group:dr@orion.example"
}
`,
    },
  ],
});
