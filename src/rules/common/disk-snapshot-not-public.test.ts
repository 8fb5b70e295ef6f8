import { ruleTester } from "../testing/tester.ts";
import { diskSnapshotNotPublic } from "./disk-snapshot-not-public.ts";

ruleTester(diskSnapshotNotPublic, {
  fail: [
    {
      name: "AMI launch permission for everyone",
      format: "terraform",
      files: `resource "aws_ami_copy" "app" {
  name              = "app"
  source_ami_id     = "ami-0abcdef1234567890"
  source_ami_region = "eu-west-1"
  encrypted         = true
}

resource "aws_ami_launch_permission" "public" {
  image_id = aws_ami_copy.app.id
  group    = "all"
}
`,
      line: 10,
      path: "public",
    },
  ],
  pass: [
    {
      name: "AMI shared with one named account",
      format: "terraform",
      files: `resource "aws_ami_copy" "app" {
  name              = "app"
  source_ami_id     = "ami-0abcdef1234567890"
  source_ami_region = "eu-west-1"
  encrypted         = true
}

resource "aws_ami_launch_permission" "partner" {
  image_id   = aws_ami_copy.app.id
  account_id = "111122223333"
}
`,
    },
    {
      name: "snapshot without permissions",
      format: "terraform",
      files: `resource "aws_ebs_snapshot" "data" {
  volume_id = "vol-0123456789abcdef0"
}
`,
    },
  ],
});
