import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsDynamodbPointInTimeRecoveryEnabled } from "./aws-dynamodb-point-in-time-recovery-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsDynamodbPointInTimeRecoveryEnabled, {
  fail: [
    {
      name: "PITR off",
      format: "aws",
      resources: () =>
        live("AWS::DynamoDB::Table", {
          TableName: "orders",
          Table: { TableName: "orders" },
          ContinuousBackups: {
            ContinuousBackupsStatus: "ENABLED",
            PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: "DISABLED" },
          },
        }),
    },
  ],
  pass: [
    {
      name: "PITR on",
      format: "aws",
      resources: () =>
        live("AWS::DynamoDB::Table", {
          TableName: "orders",
          Table: { TableName: "orders" },
          ContinuousBackups: {
            ContinuousBackupsStatus: "ENABLED",
            PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: "ENABLED" },
          },
        }),
    },
  ],
});
