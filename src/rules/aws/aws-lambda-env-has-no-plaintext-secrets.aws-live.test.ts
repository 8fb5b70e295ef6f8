import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsLambdaEnvHasNoPlaintextSecrets } from "./aws-lambda-env-has-no-plaintext-secrets.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsLambdaEnvHasNoPlaintextSecrets, {
  fail: [
    {
      name: "password in the environment",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python3.12",
          TracingConfig: { Mode: "Active" },
          Environment: { Variables: { DB_PASSWORD: "hunter2" } },
          Policy: null,
          FunctionUrlConfigs: [],
        }),
    },
  ],
  pass: [
    {
      name: "names only",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python3.12",
          TracingConfig: { Mode: "Active" },
          Environment: {
            Variables: { DB_PASSWORD_SECRET_ARN: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db" },
          },
          Policy: null,
          FunctionUrlConfigs: [],
        }),
    },
  ],
});
