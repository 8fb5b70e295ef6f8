import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { databaseEncryptedAtRest } from "./database-encrypted-at-rest.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(databaseEncryptedAtRest, {
  fail: [
    {
      name: "storage not encrypted",
      format: "aws",
      resources: () =>
        live("AWS::RDS::DBInstance", {
          DBInstanceIdentifier: "orders",
          Engine: "postgres",
          PubliclyAccessible: false,
          StorageEncrypted: false,
          KmsKeyId: null,
          BackupRetentionPeriod: 7,
          DeletionProtection: true,
          MultiAZ: true,
          IAMDatabaseAuthenticationEnabled: true,
          EnabledCloudwatchLogsExports: ["postgresql"],
          AutoMinorVersionUpgrade: true,
          PerformanceInsightsEnabled: false,
        }),
    },
  ],
  pass: [
    {
      name: "encrypted",
      format: "aws",
      resources: () =>
        live("AWS::RDS::DBInstance", {
          DBInstanceIdentifier: "orders",
          Engine: "postgres",
          PubliclyAccessible: false,
          StorageEncrypted: true,
          KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          BackupRetentionPeriod: 7,
          DeletionProtection: true,
          MultiAZ: true,
          IAMDatabaseAuthenticationEnabled: true,
          EnabledCloudwatchLogsExports: ["postgresql"],
          AutoMinorVersionUpgrade: true,
          PerformanceInsightsEnabled: false,
        }),
    },
  ],
});
