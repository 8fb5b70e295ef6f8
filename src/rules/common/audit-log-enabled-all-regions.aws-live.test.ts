import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { auditLogEnabledAllRegions } from "./audit-log-enabled-all-regions.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(auditLogEnabledAllRegions, {
  fail: [
    {
      name: "single-region trail",
      format: "aws",
      resources: () =>
        live("AWS::CloudTrail::Trail", {
          Name: "org-trail",
          S3BucketName: "acme-trail",
          IsMultiRegionTrail: false,
          LogFileValidationEnabled: true,
          HomeRegion: "us-east-1",
          IsLogging: true,
          EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true, DataResources: [] }],
          AdvancedEventSelectors: [],
        }),
    },
    {
      name: "multi-region trail that stopped logging",
      format: "aws",
      resources: () =>
        live("AWS::CloudTrail::Trail", {
          Name: "org-trail",
          S3BucketName: "acme-trail",
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          HomeRegion: "us-east-1",
          IsLogging: false,
          EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true, DataResources: [] }],
          AdvancedEventSelectors: [],
        }),
    },
  ],
  pass: [
    {
      name: "multi-region trail logging",
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
});
