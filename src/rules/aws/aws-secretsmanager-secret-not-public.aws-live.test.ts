import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsSecretsmanagerSecretNotPublic } from "./aws-secretsmanager-secret-not-public.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsSecretsmanagerSecretNotPublic, {
  fail: [
    {
      name: "anyone may read",
      format: "aws",
      resources: () =>
        live("AWS::SecretsManager::Secret", {
          Name: "db",
          ARN: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db",
          ResourcePolicy:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"secretsmanager:GetSecretValue","Resource":"*"}]}',
        }),
    },
  ],
  pass: [
    {
      name: "no resource policy",
      format: "aws",
      resources: () =>
        live("AWS::SecretsManager::Secret", {
          Name: "db",
          ARN: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db",
          ResourcePolicy: null,
        }),
    },
  ],
});
