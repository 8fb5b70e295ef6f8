import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsIamUserPermissionsThroughGroups } from "./aws-iam-user-permissions-through-groups.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsIamUserPermissionsThroughGroups, {
  fail: [
    {
      name: "policy attached to the user",
      format: "aws",
      resources: () =>
        live("AWS::IAM::User", {
          UserName: "ci",
          Arn: "arn:aws:iam::111122223333:user/ci",
          AccessKeys: [{ AccessKeyId: "AKIA1", Status: "Active" }],
          MFADevices: [],
          InlinePolicies: [
            {
              PolicyName: "assets",
              Document:
                '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"arn:aws:s3:::app-assets/*"}]}',
            },
          ],
          AttachedPolicies: [],
          CredentialReport: { user: "ci", password_enabled: "false" },
        }),
    },
  ],
  pass: [
    {
      name: "no direct policies",
      format: "aws",
      resources: () =>
        live("AWS::IAM::User", {
          UserName: "ci",
          Arn: "arn:aws:iam::111122223333:user/ci",
          AccessKeys: [{ AccessKeyId: "AKIA1", Status: "Active" }],
          MFADevices: [],
          InlinePolicies: [],
          AttachedPolicies: [],
          CredentialReport: { user: "ci", password_enabled: "false" },
        }),
    },
  ],
});
