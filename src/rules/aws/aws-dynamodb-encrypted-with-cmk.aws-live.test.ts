import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsDynamodbEncryptedWithCmk } from "./aws-dynamodb-encrypted-with-cmk.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsDynamodbEncryptedWithCmk, {
  fail: [
    {
      name: "AWS-owned key",
      format: "aws",
      resources: () =>
        live("AWS::DynamoDB::Table", {
          TableName: "orders",
          Table: { TableName: "orders" },
          ContinuousBackups: null,
        }),
    },
  ],
  pass: [
    {
      name: "customer-managed key",
      format: "aws",
      resources: () =>
        live(
          "AWS::DynamoDB::Table",
          {
            TableName: "orders",
            Table: {
              TableName: "orders",
              SSEDescription: {
                Status: "ENABLED",
                SSEType: "KMS",
                KMSMasterKeyArn:
                  "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
              },
            },
            ContinuousBackups: null,
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
                    KeySpec: "SYMMETRIC_DEFAULT",
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
