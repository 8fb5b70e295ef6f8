import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsRdsPerformanceInsightsEncryptedWithCmk } from "./aws-rds-performance-insights-encrypted-with-cmk.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsRdsPerformanceInsightsEncryptedWithCmk, {
  fail: [
    {
      name: "Performance Insights with the AWS-managed key",
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
          PerformanceInsightsEnabled: true,
          PerformanceInsightsKMSKeyId: "arn:aws:kms:us-east-1:111122223333:alias/aws/rds",
        }),
    },
  ],
  pass: [
    {
      name: "customer-managed key",
      format: "aws",
      resources: () =>
        live(
          "AWS::RDS::DBInstance",
          {
            DBInstanceIdentifier: "orders",
            Engine: "postgres",
            PubliclyAccessible: false,
            StorageEncrypted: true,
            KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            BackupRetentionPeriod: 7,
            DeletionProtection: true,
            MultiAZ: true,
            PerformanceInsightsEnabled: true,
            PerformanceInsightsKMSKeyId:
              "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          },
          {
            with: [
              [
                "AWS::KMS::Key",
                {
                  KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
                  KeyMetadata: {
                    KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
                    Arn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                    KeyManager: "CUSTOMER",
                    KeyState: "Enabled",
                  },
                  Rotation: { Enabled: true, PeriodDays: 365 },
                  Policy: null,
                },
              ],
            ],
          },
        ),
    },
  ],
});
