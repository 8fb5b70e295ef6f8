import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsLambdaNotPubliclyInvokable } from "./aws-lambda-not-publicly-invokable.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsLambdaNotPubliclyInvokable, {
  fail: [
    {
      name: "Principal * may invoke",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python3.12",
          TracingConfig: { Mode: "Active" },
          Environment: { Variables: { TABLE_NAME: "orders" } },
          Policy:
            '{"Version":"2012-10-17","Statement":[{"Sid":"any","Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:111122223333:function:webhook"}]}',
          FunctionUrlConfigs: [],
        }),
    },
  ],
  pass: [
    {
      name: "S3 bucket may invoke",
      format: "aws",
      resources: () =>
        live("AWS::Lambda::Function", {
          FunctionName: "webhook",
          FunctionArn: "arn:aws:lambda:us-east-1:111122223333:function:webhook",
          Runtime: "python3.12",
          TracingConfig: { Mode: "Active" },
          Environment: { Variables: { TABLE_NAME: "orders" } },
          Policy:
            '{"Version":"2012-10-17","Statement":[{"Sid":"s3","Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:111122223333:function:webhook","Condition":{"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::uploads"}}}]}',
          FunctionUrlConfigs: [],
        }),
    },
  ],
});
