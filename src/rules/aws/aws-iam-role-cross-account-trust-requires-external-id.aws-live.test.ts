import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsIamRoleCrossAccountTrustRequiresExternalId } from "./aws-iam-role-cross-account-trust-requires-external-id.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsIamRoleCrossAccountTrustRequiresExternalId, {
  fail: [
    {
      name: "another account without external id",
      format: "aws",
      resources: () =>
        live("AWS::IAM::Role", {
          RoleName: "deployer",
          Arn: "arn:aws:iam::111122223333:role/deployer",
          AssumeRolePolicyDocument:
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A444455556666%3Aroot%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D",
          InlinePolicies: [],
          AttachedPolicies: [],
        }),
    },
  ],
  pass: [
    {
      name: "external id required",
      format: "aws",
      resources: () =>
        live("AWS::IAM::Role", {
          RoleName: "deployer",
          Arn: "arn:aws:iam::111122223333:role/deployer",
          AssumeRolePolicyDocument:
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A444455556666%3Aroot%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%2C%22Condition%22%3A%7B%22StringEquals%22%3A%7B%22sts%3AExternalId%22%3A%22vendor-7f3a%22%7D%7D%7D%5D%7D",
          InlinePolicies: [],
          AttachedPolicies: [],
        }),
    },
  ],
});
