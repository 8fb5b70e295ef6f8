import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { auditLogFileValidationEnabled } from "./audit-log-file-validation-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(auditLogFileValidationEnabled, {
  fail: [
    {
      name: "validation off",
      format: "aws",
      resources: () =>
        live("AWS::CloudTrail::Trail", {
          Name: "org-trail",
          S3BucketName: "acme-trail",
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: false,
          HomeRegion: "us-east-1",
          IsLogging: true,
          EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true, DataResources: [] }],
          AdvancedEventSelectors: [],
        }),
      path: "log_file_validation",
    },
  ],
  pass: [
    {
      name: "validation on",
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
