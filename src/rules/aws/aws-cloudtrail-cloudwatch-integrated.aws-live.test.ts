import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsCloudtrailCloudwatchIntegrated } from "./aws-cloudtrail-cloudwatch-integrated.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsCloudtrailCloudwatchIntegrated, {
  fail: [
    {
      name: "no log group",
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
      name: "delivers to CloudWatch Logs",
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
          CloudWatchLogsLogGroupArn: "arn:aws:logs:us-east-1:111122223333:log-group:trail:*",
          CloudWatchLogsRoleArn: "arn:aws:iam::111122223333:role/trail",
        }),
    },
  ],
});
