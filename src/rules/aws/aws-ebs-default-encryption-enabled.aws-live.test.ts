import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsEbsDefaultEncryptionEnabled } from "./aws-ebs-default-encryption-enabled.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsEbsDefaultEncryptionEnabled, {
  fail: [
    {
      name: "off in the region",
      format: "aws",
      resources: () => live("AWS::EC2::EBSEncryptionByDefault", { EbsEncryptionByDefault: false }),
    },
  ],
  pass: [
    {
      name: "on",
      format: "aws",
      resources: () => live("AWS::EC2::EBSEncryptionByDefault", { EbsEncryptionByDefault: true }),
    },
  ],
});
