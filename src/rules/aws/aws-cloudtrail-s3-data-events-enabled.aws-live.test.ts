import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsCloudtrailS3DataEventsEnabled } from "./aws-cloudtrail-s3-data-events-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsCloudtrailS3DataEventsEnabled, {
  fail: [
    {
      name: "management events only",
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
      name: "basic selector on all S3 objects",
      format: "aws",
      resources: () =>
        live("AWS::CloudTrail::Trail", {
          Name: "org-trail",
          S3BucketName: "acme-trail",
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          HomeRegion: "us-east-1",
          IsLogging: true,
          EventSelectors: [
            {
              ReadWriteType: "All",
              IncludeManagementEvents: true,
              DataResources: [{ Type: "AWS::S3::Object", Values: ["arn:aws:s3"] }],
            },
          ],
          AdvancedEventSelectors: [],
        }),
    },
    {
      name: "advanced selector for S3 data events",
      format: "aws",
      resources: () =>
        live("AWS::CloudTrail::Trail", {
          Name: "org-trail",
          S3BucketName: "acme-trail",
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          HomeRegion: "us-east-1",
          IsLogging: true,
          EventSelectors: [],
          AdvancedEventSelectors: [
            {
              Name: "s3",
              FieldSelectors: [
                { Field: "eventCategory", Equals: ["Data"] },
                { Field: "resources.type", Equals: ["AWS::S3::Object"] },
              ],
            },
          ],
        }),
    },
  ],
});
