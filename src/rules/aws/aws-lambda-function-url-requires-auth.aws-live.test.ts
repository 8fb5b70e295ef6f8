import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsLambdaFunctionUrlRequiresAuth } from "./aws-lambda-function-url-requires-auth.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsLambdaFunctionUrlRequiresAuth, {
  fail: [
    {
      name: "URL with auth NONE",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python3.12",
          TracingConfig: { Mode: "Active" },
          Environment: { Variables: { TABLE_NAME: "orders" } },
          Policy: null,
          FunctionUrlConfigs: [{ AuthType: "NONE" }],
        }),
    },
  ],
  pass: [
    {
      name: "URL with IAM auth",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python3.12",
          TracingConfig: { Mode: "Active" },
          Environment: { Variables: { TABLE_NAME: "orders" } },
          Policy: null,
          FunctionUrlConfigs: [{ AuthType: "AWS_IAM" }],
        }),
    },
  ],
});
