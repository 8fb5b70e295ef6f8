import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsIamPasswordPolicyMinLength14 } from "./aws-iam-password-policy-min-length-14.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsIamPasswordPolicyMinLength14, {
  fail: [
    {
      name: "weak setting",
      format: "aws",
      resources: () =>
        live("AWS::IAM::AccountPasswordPolicy", {
          PasswordPolicy: {
            MinimumPasswordLength: 8,
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
      name: "no password policy at all (IAM defaults)",
      format: "aws",
      resources: () => live("AWS::IAM::AccountPasswordPolicy", { PasswordPolicy: null }),
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
  ],
});
