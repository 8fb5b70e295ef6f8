import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsS3BucketEncryptedWithCmk } from "./aws-s3-bucket-encrypted-with-cmk.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsS3BucketEncryptedWithCmk, {
  fail: [
    {
      name: "default SSE-S3",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: null,
          AccountPublicAccessBlock: null,
          Policy: null,
          Grants: [{ Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" }],
          OwnershipControls: null,
          ServerSideEncryptionConfiguration: null,
          Versioning: { Status: null, MFADelete: null },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
    },
    {
      name: "SSE-KMS with the AWS-managed key",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: null,
          AccountPublicAccessBlock: null,
          Policy: null,
          Grants: [{ Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" }],
          OwnershipControls: null,
          ServerSideEncryptionConfiguration: {
            Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" } }],
          },
          Versioning: { Status: null, MFADelete: null },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
    },
  ],
  pass: [
    {
      name: "SSE-KMS with a customer-managed key",
      format: "aws",
      resources: () =>
        live(
          "AWS::S3::Bucket",
          {
            Name: "staging-loans",
            PublicAccessBlock: null,
            AccountPublicAccessBlock: null,
            Policy: null,
            Grants: [{ Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" }],
            OwnershipControls: null,
            ServerSideEncryptionConfiguration: {
              Rules: [
                {
                  ApplyServerSideEncryptionByDefault: {
                    SSEAlgorithm: "aws:kms",
                    KMSMasterKeyID:
                      "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                  },
                },
              ],
            },
            Versioning: { Status: null, MFADelete: null },
            LoggingEnabled: null,
            ObjectLockConfiguration: null,
            LifecycleRules: [],
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
                    Enabled: true,
                  },
                  Rotation: { Enabled: true, PeriodDays: 365 },
                  Policy:
                    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}',
                },
              ],
            ],
          },
        ),
    },
  ],
});
