import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { databaseSnapshotNotPublic } from "./database-snapshot-not-public.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(databaseSnapshotNotPublic, {
  fail: [
    {
      name: "restore attribute all",
      format: "aws",
      resources: () =>
        live("AWS::RDS::DBSnapshot", {
          DBSnapshotIdentifier: "migration",
          Encrypted: true,
          RestoreAccounts: ["all"],
        }),
    },
  ],
  pass: [
    {
      name: "private",
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
