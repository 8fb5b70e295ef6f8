import { ruleTester } from "../testing/tester.ts";
import { diskSnapshotEncrypted } from "./disk-snapshot-encrypted.ts";

ruleTester(diskSnapshotEncrypted, {
  fail: [
    {
      name: "snapshot of an unencrypted volume",
      format: "terraform",
      files: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`,
      line: 7,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "snapshot of an encrypted volume",
      format: "terraform",
      files: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`,
    },
    {
      name: "encrypted copy of a snapshot from another account",
      format: "terraform",
      files: `resource "aws_ebs_snapshot_copy" "data" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
}
`,
    },
  ],
});
