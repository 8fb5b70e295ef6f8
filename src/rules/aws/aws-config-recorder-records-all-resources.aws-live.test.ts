import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsConfigRecorderRecordsAllResources } from "./aws-config-recorder-records-all-resources.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsConfigRecorderRecordsAllResources, {
  fail: [
    {
      name: "records a subset of types",
      format: "aws",
      resources: () =>
        live("AWS::Config::ConfigurationRecorder", {
          name: "default",
          recordingGroup: {
            allSupported: false,
            includeGlobalResourceTypes: false,
            resourceTypes: ["AWS::EC2::Instance"],
          },
          Recording: true,
        }),
    },
  ],
  pass: [
    {
      name: "all types including global",
      format: "aws",
      resources: () =>
        live("AWS::Config::ConfigurationRecorder", {
          name: "default",
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
          Recording: true,
        }),
    },
  ],
});
