import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsS3BucketPublicAccessBlockEnabled } from "./aws-s3-bucket-public-access-block-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsS3BucketPublicAccessBlockEnabled, {
  fail: [
    {
      name: "no public access block anywhere",
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
      name: "bucket block missing RestrictPublicBuckets",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: false,
          },
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
  ],
  pass: [
    {
      name: "all four at bucket level",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
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
      name: "all four at account level",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: null,
          AccountPublicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
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
  ],
});
