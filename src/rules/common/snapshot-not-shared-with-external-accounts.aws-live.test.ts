import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { snapshotNotSharedWithExternalAccounts } from "./snapshot-not-shared-with-external-accounts.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(snapshotNotSharedWithExternalAccounts, {
  fail: [
    {
      name: "EBS snapshot shared with another account",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Snapshot", {
          SnapshotId: "snap-1",
          Encrypted: true,
          CreateVolumePermissions: [{ UserId: "210987654321" }],
        }),
    },
    {
      name: "RDS snapshot restorable by another account",
      format: "aws",
      resources: () =>
        live("AWS::RDS::DBSnapshot", {
          DBSnapshotIdentifier: "migration",
          Encrypted: false,
          RestoreAccounts: ["210987654321"],
        }),
    },
  ],
  pass: [
    {
      name: "RDS snapshot kept private",
      format: "aws",
      resources: () =>
        live("AWS::RDS::DBSnapshot", {
          DBSnapshotIdentifier: "migration",
          Encrypted: true,
          RestoreAccounts: [],
        }),
    },
  ],
});
