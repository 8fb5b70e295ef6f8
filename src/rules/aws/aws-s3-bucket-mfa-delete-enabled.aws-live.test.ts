import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsS3BucketMfaDeleteEnabled } from "./aws-s3-bucket-mfa-delete-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsS3BucketMfaDeleteEnabled, {
  fail: [
    {
      name: "versioning without MFA delete",
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
          Versioning: { Status: "Enabled", MFADelete: "Disabled" },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
    },
  ],
  pass: [
    {
      name: "MFA delete enabled",
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
          Versioning: { Status: "Enabled", MFADelete: "Enabled" },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
    },
  ],
});
