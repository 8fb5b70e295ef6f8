import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsEcrEncryptedWithCmk } from "./aws-ecr-encrypted-with-cmk.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsEcrEncryptedWithCmk, {
  fail: [
    {
      name: "AES256",
      format: "aws",
      resources: () =>
        live("AWS::ECR::Repository", {
          repositoryName: "app",
          repositoryArn: "arn:aws:ecr:us-east-1:111122223333:repository/app",
          imageTagMutability: "IMMUTABLE",
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: "AES256" },
          Policy: null,
        }),
    },
  ],
  pass: [
    {
      name: "KMS with a customer key",
      format: "aws",
      resources: () =>
        live(
          "AWS::ECR::Repository",
          {
            repositoryName: "app",
            repositoryArn: "arn:aws:ecr:us-east-1:111122223333:repository/app",
            imageTagMutability: "IMMUTABLE",
            imageScanningConfiguration: { scanOnPush: true },
            encryptionConfiguration: {
              encryptionType: "KMS",
              kmsKey: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            },
            Policy: null,
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
