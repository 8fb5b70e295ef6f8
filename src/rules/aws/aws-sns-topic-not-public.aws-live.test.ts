import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsSnsTopicNotPublic } from "./aws-sns-topic-not-public.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsSnsTopicNotPublic, {
  fail: [
    {
      name: "anyone may publish",
      format: "aws",
      resources: () =>
        live("AWS::SNS::Topic", {
          TopicArn: "arn:aws:sns:us-east-1:111122223333:alerts",
          Attributes: {
            Policy:
              '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sns:Publish","Resource":"arn:aws:sns:us-east-1:111122223333:alerts"}]}',
          },
        }),
    },
  ],
  pass: [
    {
      name: "owner-only default policy",
      format: "aws",
      resources: () =>
        live("AWS::SNS::Topic", {
          TopicArn: "arn:aws:sns:us-east-1:111122223333:alerts",
          Attributes: {
            Policy:
              '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sns:Publish","Resource":"arn:aws:sns:us-east-1:111122223333:alerts","Condition":{"StringEquals":{"AWS:SourceOwner":"111122223333"}}}]}',
          },
        }),
    },
  ],
});
