import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsEcrImageTagsImmutable } from "./aws-ecr-image-tags-immutable.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsEcrImageTagsImmutable, {
  fail: [
    {
      name: "mutable tags",
      format: "aws",
      resources: () =>
        live("AWS::ECR::Repository", {
          repositoryName: "app",
          repositoryArn: "arn:aws:ecr:us-east-1:111122223333:repository/app",
          imageTagMutability: "MUTABLE",
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: "AES256" },
          Policy: null,
        }),
    },
  ],
  pass: [
    {
      name: "immutable",
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
