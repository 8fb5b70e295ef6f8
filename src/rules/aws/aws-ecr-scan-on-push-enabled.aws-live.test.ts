import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsEcrScanOnPushEnabled } from "./aws-ecr-scan-on-push-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsEcrScanOnPushEnabled, {
  fail: [
    {
      name: "no scan on push",
      format: "aws",
      resources: () =>
        live("AWS::ECR::Repository", {
          repositoryName: "app",
          repositoryArn: "arn:aws:ecr:us-east-1:111122223333:repository/app",
          imageTagMutability: "IMMUTABLE",
          imageScanningConfiguration: { scanOnPush: false },
          encryptionConfiguration: { encryptionType: "AES256" },
          Policy: null,
        }),
    },
  ],
  pass: [
    {
      name: "scan on push",
      format: "aws",
      resources: () =>
        live("AWS::ECR::Repository", {
          repositoryName: "app",
          repositoryArn: "arn:aws:ecr:us-east-1:111122223333:repository/app",
          imageTagMutability: "IMMUTABLE",
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: "AES256" },
          Policy: null,
        }),
    },
  ],
});
