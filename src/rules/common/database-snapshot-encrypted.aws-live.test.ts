import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { databaseSnapshotEncrypted } from "./database-snapshot-encrypted.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(databaseSnapshotEncrypted, {
  fail: [
    {
      name: "unencrypted instance snapshot",
      format: "aws",
      resources: () =>
        live("AWS::RDS::DBSnapshot", {
          DBSnapshotIdentifier: "migration",
          Encrypted: false,
          RestoreAccounts: [],
        }),
    },
    {
      name: "unencrypted cluster snapshot",
      format: "aws",
      resources: () =>
        live("AWS::RDS::DBClusterSnapshot", {
          DBClusterSnapshotIdentifier: "aurora-migration",
          StorageEncrypted: false,
          RestoreAccounts: [],
        }),
    },
  ],
  pass: [
    {
      name: "encrypted snapshot",
      format: "aws",
      resources: () =>
        live("AWS::RDS::DBSnapshot", {
          DBSnapshotIdentifier: "migration",
          Encrypted: true,
          KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          RestoreAccounts: [],
        }),
    },
  ],
});
