import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsLambdaRuntimeSupported } from "./aws-lambda-runtime-supported.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsLambdaRuntimeSupported, {
  fail: [
    {
      name: "python2.7",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python2.7",
          TracingConfig: { Mode: "Active" },
          Environment: { Variables: { TABLE_NAME: "orders" } },
          Policy: null,
          FunctionUrlConfigs: [],
        }),
    },
  ],
  pass: [
    {
      name: "python3.12",
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
