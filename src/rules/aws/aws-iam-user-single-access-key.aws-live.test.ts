import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsIamUserSingleAccessKey } from "./aws-iam-user-single-access-key.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsIamUserSingleAccessKey, {
  fail: [
    {
      name: "two active keys",
      format: "aws",
      resources: () =>
        live("AWS::IAM::User", {
          UserName: "ci",
          Arn: "arn:aws:iam::111122223333:user/ci",
          AccessKeys: [
            { AccessKeyId: "AKIA1", Status: "Active" },
            { AccessKeyId: "AKIA2", Status: "Active" },
          ],
          MFADevices: [],
          InlinePolicies: [],
          AttachedPolicies: [],
          CredentialReport: { user: "ci", password_enabled: "false" },
        }),
    },
  ],
  pass: [
    {
      name: "one active, one inactive",
      format: "aws",
      resources: () =>
        live("AWS::IAM::User", {
          UserName: "ci",
          Arn: "arn:aws:iam::111122223333:user/ci",
          AccessKeys: [
            { AccessKeyId: "AKIA1", Status: "Active" },
            { AccessKeyId: "AKIA2", Status: "Inactive" },
          ],
          MFADevices: [],
          InlinePolicies: [],
          AttachedPolicies: [],
          CredentialReport: { user: "ci", password_enabled: "false" },
        }),
    },
  ],
});
