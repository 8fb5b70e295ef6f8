import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsSqsQueueEncrypted } from "./aws-sqs-queue-encrypted.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsSqsQueueEncrypted, {
  fail: [
    {
      name: "SSE off",
      format: "aws",
      resources: () =>
        live("AWS::SQS::Queue", {
          QueueUrl: "https://sqs.us-east-1.amazonaws.com/111122223333/jobs",
          Attributes: { SqsManagedSseEnabled: "false" },
        }),
    },
  ],
  pass: [
    {
      name: "SQS-managed SSE",
      format: "aws",
      resources: () =>
        live("AWS::SQS::Queue", {
          QueueUrl: "https://sqs.us-east-1.amazonaws.com/111122223333/jobs",
          Attributes: { SqsManagedSseEnabled: "true" },
        }),
    },
  ],
});
