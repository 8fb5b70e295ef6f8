import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsS3BucketLifecycleConfigured } from "./aws-s3-bucket-lifecycle-configured.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsS3BucketLifecycleConfigured, {
  fail: [
    {
      name: "no lifecycle rules",
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
      name: "only disabled rules",
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
          LifecycleRules: [{ ID: "old", Status: "Disabled", Expiration: { Days: 30 } }],
        }),
    },
  ],
  pass: [
    {
      name: "an enabled expiration rule",
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
          LifecycleRules: [
            { ID: "expire", Status: "Enabled", Filter: { Prefix: "" }, Expiration: { Days: 365 } },
          ],
        }),
    },
  ],
});
