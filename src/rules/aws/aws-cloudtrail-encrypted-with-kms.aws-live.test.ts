import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsCloudtrailEncryptedWithKms } from "./aws-cloudtrail-encrypted-with-kms.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsCloudtrailEncryptedWithKms, {
  fail: [
    {
      name: "SSE-S3 only",
      format: "aws",
      resources: () =>
        live("AWS::CloudTrail::Trail", {
          Name: "org-trail",
          S3BucketName: "acme-trail",
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          HomeRegion: "us-east-1",
          IsLogging: true,
          EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true, DataResources: [] }],
          AdvancedEventSelectors: [],
        }),
    },
  ],
  pass: [
    {
      name: "KMS key",
      format: "aws",
      resources: () =>
        live("AWS::CloudTrail::Trail", {
          Name: "org-trail",
          S3BucketName: "acme-trail",
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          HomeRegion: "us-east-1",
          IsLogging: true,
          EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true, DataResources: [] }],
          AdvancedEventSelectors: [],
          KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        }),
    },
  ],
});
