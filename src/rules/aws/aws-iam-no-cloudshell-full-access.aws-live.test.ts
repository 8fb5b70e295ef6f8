import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsIamNoCloudshellFullAccess } from "./aws-iam-no-cloudshell-full-access.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsIamNoCloudshellFullAccess, {
  fail: [
    {
      name: "AWSCloudShellFullAccess attached",
      format: "aws",
      resources: () =>
        live("AWS::IAM::Role", {
          RoleName: "deployer",
          Arn: "arn:aws:iam::111122223333:role/deployer",
          AssumeRolePolicyDocument:
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D",
          InlinePolicies: [],
          AttachedPolicies: [
            {
              PolicyArn: "arn:aws:iam::aws:policy/AWSCloudShellFullAccess",
              PolicyName: "AWSCloudShellFullAccess",
              Document:
                "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%5B%22cloudshell%3A%2A%22%5D%2C%22Resource%22%3A%22%2A%22%7D%5D%7D",
            },
          ],
        }),
    },
  ],
  pass: [
    {
      name: "ReadOnlyAccess-like inline policy",
      format: "aws",
      resources: () =>
        live("AWS::IAM::Role", {
          RoleName: "deployer",
          Arn: "arn:aws:iam::111122223333:role/deployer",
          AssumeRolePolicyDocument:
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22Service%22%3A%22ec2.amazonaws.com%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D",
          InlinePolicies: [
            {
              PolicyName: "p",
              Document:
                "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%5B%22s3%3AGetObject%22%5D%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Aapp-assets/%2A%22%7D%5D%7D",
            },
          ],
          AttachedPolicies: [],
        }),
    },
  ],
});
