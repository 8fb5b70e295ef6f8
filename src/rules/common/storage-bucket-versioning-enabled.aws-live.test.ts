import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { storageBucketVersioningEnabled } from "./storage-bucket-versioning-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(storageBucketVersioningEnabled, {
  fail: [
    {
      name: "versioning never enabled",
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
      path: "versioning.enabled",
    },
    {
      name: "versioning suspended",
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
          Versioning: { Status: "Suspended", MFADelete: null },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
      path: "versioning.enabled",
    },
  ],
  pass: [
    {
      name: "versioning enabled",
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
});
