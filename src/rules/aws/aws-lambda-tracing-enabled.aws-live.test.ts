import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsLambdaTracingEnabled } from "./aws-lambda-tracing-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsLambdaTracingEnabled, {
  fail: [
    {
      name: "PassThrough",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python3.12",
          TracingConfig: { Mode: "PassThrough" },
          Environment: { Variables: { TABLE_NAME: "orders" } },
          Policy: null,
          FunctionUrlConfigs: [],
        }),
    },
  ],
  pass: [
    {
      name: "Active",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python3.12",
          TracingConfig: { Mode: "Active" },
          Environment: { Variables: { TABLE_NAME: "orders" } },
          Policy: null,
          FunctionUrlConfigs: [],
        }),
    },
  ],
});
