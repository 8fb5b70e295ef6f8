import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsS3AccountPublicAccessBlockEnabled } from "./aws-s3-account-public-access-block-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsS3AccountPublicAccessBlockEnabled, {
  fail: [
    {
      name: "no account-level block",
      format: "aws",
      resources: () => live("AWS::S3::AccountPublicAccessBlock", { PublicAccessBlock: null }),
    },
    {
      name: "account block without IgnorePublicAcls",
      format: "aws",
      resources: () =>
        live("AWS::S3::AccountPublicAccessBlock", {
          PublicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: false,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
        }),
    },
  ],
  pass: [
    {
      name: "all four on",
      format: "aws",
      resources: () =>
        live("AWS::S3::AccountPublicAccessBlock", {
          PublicAccessBlock: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
        }),
    },
  ],
});
