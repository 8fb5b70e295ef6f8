import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsSecretsmanagerRotationEnabled } from "./aws-secretsmanager-rotation-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsSecretsmanagerRotationEnabled, {
  fail: [
    {
      name: "never rotated",
      format: "aws",
      resources: () =>
        live("AWS::SecretsManager::Secret", {
          Name: "db",
          ARN: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db",
          RotationEnabled: false,
        }),
    },
  ],
  pass: [
    {
      name: "rotating",
      format: "aws",
      resources: () =>
        live("AWS::SecretsManager::Secret", {
          Name: "db",
          ARN: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db",
          RotationEnabled: true,
        }),
    },
  ],
});
