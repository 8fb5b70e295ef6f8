import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { diskSnapshotNotPublic } from "./disk-snapshot-not-public.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(diskSnapshotNotPublic, {
  fail: [
    {
      name: "create-volume permission for all",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Snapshot", {
          SnapshotId: "snap-1",
          Encrypted: false,
          CreateVolumePermissions: [{ Group: "all" }],
        }),
    },
  ],
  pass: [
    {
      name: "shared with nobody",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Snapshot", { SnapshotId: "snap-1", Encrypted: false, CreateVolumePermissions: [] }),
    },
  ],
});
