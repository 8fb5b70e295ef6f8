import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { diskSnapshotEncrypted } from "./disk-snapshot-encrypted.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(diskSnapshotEncrypted, {
  fail: [
    {
      name: "unencrypted snapshot",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Snapshot", { SnapshotId: "snap-1", Encrypted: false, CreateVolumePermissions: [] }),
    },
  ],
  pass: [
    {
      name: "encrypted snapshot",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Snapshot", {
          SnapshotId: "snap-1",
          Encrypted: true,
          KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          CreateVolumePermissions: [],
        }),
    },
  ],
});
