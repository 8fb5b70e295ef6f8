import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsEcrRepositoryNotPublic } from "./aws-ecr-repository-not-public.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsEcrRepositoryNotPublic, {
  fail: [
    {
      name: "anyone may pull",
      format: "aws",
      resources: () =>
        live("AWS::ECR::Repository", {
          repositoryName: "app",
          repositoryArn: "arn:aws:ecr:us-east-1:111122223333:repository/app",
          imageTagMutability: "IMMUTABLE",
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: "AES256" },
          Policy:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":["ecr:GetDownloadUrlForLayer","ecr:BatchGetImage"]}]}',
        }),
    },
  ],
  pass: [
    {
      name: "no policy",
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
