import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { storageBucketBlocksPublicAccess } from "./storage-bucket-blocks-public-access.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(storageBucketBlocksPublicAccess, {
  fail: [
    {
      name: "public-read ACL, no public access block",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: null,
          AccountPublicAccessBlock: null,
          Policy: null,
          Grants: [
            { Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" },
            {
              Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" },
              Permission: "READ",
            },
          ],
          OwnershipControls: null,
          ServerSideEncryptionConfiguration: null,
          Versioning: { Status: null, MFADelete: null },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
      path: "public_access",
    },
    {
      name: "policy grants Principal * GetObject",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: null,
          AccountPublicAccessBlock: null,
          Policy:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::staging-loans/*"}]}',
          Grants: [{ Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" }],
          OwnershipControls: null,
          ServerSideEncryptionConfiguration: null,
          Versioning: { Status: null, MFADelete: null },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
      path: "public_access",
    },
    {
      name: "BlockPublicAcls alone does not neutralize an existing public grant",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: false,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: false,
          },
          AccountPublicAccessBlock: null,
          Policy: null,
          Grants: [
            { Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" },
            {
              Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" },
              Permission: "READ",
            },
          ],
          OwnershipControls: null,
          ServerSideEncryptionConfiguration: null,
          Versioning: { Status: null, MFADelete: null },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "private bucket",
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
      name: "public ACL ignored by the account-level block",
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
          Grants: [
            { Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" },
            {
              Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" },
              Permission: "READ",
            },
          ],
          OwnershipControls: null,
          ServerSideEncryptionConfiguration: null,
          Versioning: { Status: null, MFADelete: null },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
    },
    {
      name: "policy limited to the organization",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: null,
          AccountPublicAccessBlock: null,
          Policy:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::staging-loans/*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}]}',
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
      name: "ACLs disabled by BucketOwnerEnforced",
      format: "aws",
      resources: () =>
        live("AWS::S3::Bucket", {
          Name: "staging-loans",
          PublicAccessBlock: null,
          AccountPublicAccessBlock: null,
          Policy: null,
          Grants: [
            { Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" },
            {
              Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" },
              Permission: "READ",
            },
          ],
          OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
          ServerSideEncryptionConfiguration: null,
          Versioning: { Status: null, MFADelete: null },
          LoggingEnabled: null,
          ObjectLockConfiguration: null,
          LifecycleRules: [],
        }),
    },
  ],
});
