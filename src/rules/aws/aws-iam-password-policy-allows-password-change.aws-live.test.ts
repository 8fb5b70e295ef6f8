import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsIamPasswordPolicyAllowsPasswordChange } from "./aws-iam-password-policy-allows-password-change.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsIamPasswordPolicyAllowsPasswordChange, {
  fail: [
    {
      name: "users may not change their password",
      format: "aws",
      resources: () =>
        live("AWS::IAM::AccountPasswordPolicy", {
          PasswordPolicy: {
            MinimumPasswordLength: 14,
            RequireSymbols: true,
            RequireNumbers: true,
            RequireUppercaseCharacters: true,
            RequireLowercaseCharacters: true,
            AllowUsersToChangePassword: false,
            MaxPasswordAge: 90,
            PasswordReusePrevention: 24,
            ExpirePasswords: true,
          },
        }),
    },
  ],
  pass: [
    {
      name: "CIS-aligned policy",
      format: "aws",
      resources: () =>
        live("AWS::IAM::AccountPasswordPolicy", {
          PasswordPolicy: {
            MinimumPasswordLength: 14,
            RequireSymbols: true,
            RequireNumbers: true,
            RequireUppercaseCharacters: true,
            RequireLowercaseCharacters: true,
            AllowUsersToChangePassword: true,
            MaxPasswordAge: 90,
            PasswordReusePrevention: 24,
            ExpirePasswords: true,
          },
        }),
    },
    {
      name: "no password policy: IAM lets users change theirs",
      format: "aws",
      resources: () => live("AWS::IAM::AccountPasswordPolicy", { PasswordPolicy: null }),
    },
  ],
});
