import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsSecretsmanagerEncryptedWithCmk } from "./aws-secretsmanager-encrypted-with-cmk.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsSecretsmanagerEncryptedWithCmk, {
  fail: [
    {
      name: "default key",
      format: "aws",
      resources: () =>
        live("AWS::SecretsManager::Secret", {
          Name: "db",
          ARN: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db",
        }),
    },
  ],
  pass: [
    {
      name: "customer key",
      format: "aws",
      resources: () =>
        live(
          "AWS::SecretsManager::Secret",
          {
            Name: "db",
            ARN: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db",
            KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
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
