import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsSnsTopicEncrypted } from "./aws-sns-topic-encrypted.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsSnsTopicEncrypted, {
  fail: [
    {
      name: "no key",
      format: "aws",
      resources: () =>
        live("AWS::SNS::Topic", { TopicArn: "arn:aws:sns:us-east-1:111122223333:alerts", Attributes: {} }),
    },
  ],
  pass: [
    {
      name: "AWS-managed key",
      format: "aws",
      resources: () =>
        live("AWS::SNS::Topic", {
          TopicArn: "arn:aws:sns:us-east-1:111122223333:alerts",
          Attributes: { KmsMasterKeyId: "alias/aws/sns" },
        }),
    },
  ],
});
