import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsSqsQueueNotPublic } from "./aws-sqs-queue-not-public.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsSqsQueueNotPublic, {
  fail: [
    {
      name: "anyone may send",
      format: "aws",
      resources: () =>
        live("AWS::SQS::Queue", {
          QueueUrl: "https://sqs.us-east-1.amazonaws.com/111122223333/jobs",
          Attributes: {
            Policy:
              '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:111122223333:jobs"}]}',
          },
        }),
    },
  ],
  pass: [
    {
      name: "SNS topic of the account may send",
      format: "aws",
      resources: () =>
        live("AWS::SQS::Queue", {
          QueueUrl: "https://sqs.us-east-1.amazonaws.com/111122223333/jobs",
          Attributes: {
            Policy:
              '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:111122223333:jobs","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:111122223333:alerts"}}}]}',
          },
        }),
    },
  ],
});
