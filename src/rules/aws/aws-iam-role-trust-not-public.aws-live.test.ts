import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsIamRoleTrustNotPublic } from "./aws-iam-role-trust-not-public.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsIamRoleTrustNotPublic, {
  fail: [
    {
      name: "anyone may assume it",
      format: "aws",
      resources: () =>
        live("AWS::IAM::Role", {
          RoleName: "node-pool",
          Arn: "arn:aws:iam::111122223333:role/node-pool",
          AssumeRolePolicyDocument:
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22%2A%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D",
          InlinePolicies: [],
          AttachedPolicies: [],
        }),
    },
  ],
  pass: [
    {
      name: "EC2 service trust",
      format: "aws",
      resources: () =>
        live("AWS::IAM::Role", {
          RoleName: "node-pool",
          Arn: "arn:aws:iam::111122223333:role/node-pool",
          AssumeRolePolicyDocument:
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D",
          InlinePolicies: [],
          AttachedPolicies: [],
        }),
    },
  ],
});
