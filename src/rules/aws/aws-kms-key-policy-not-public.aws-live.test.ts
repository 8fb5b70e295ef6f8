import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsKmsKeyPolicyNotPublic } from "./aws-kms-key-policy-not-public.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsKmsKeyPolicyNotPublic, {
  fail: [
    {
      name: "key policy allows Principal *",
      format: "aws",
      resources: () =>
        live("AWS::KMS::Key", {
          KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
          KeyMetadata: {
            KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
            Arn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            KeyManager: "CUSTOMER",
            KeyState: "Enabled",
            KeySpec: "SYMMETRIC_DEFAULT",
            Enabled: true,
          },
          Rotation: { Enabled: true, PeriodDays: 365 },
          Policy:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*"}]}',
        }),
    },
  ],
  pass: [
    {
      name: "key policy for the account root",
      format: "aws",
      resources: () =>
        live("AWS::KMS::Key", {
          KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
          KeyMetadata: {
            KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
            Arn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            KeyManager: "CUSTOMER",
            KeyState: "Enabled",
            KeySpec: "SYMMETRIC_DEFAULT",
            Enabled: true,
          },
          Rotation: { Enabled: true, PeriodDays: 365 },
          Policy:
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}',
        }),
    },
  ],
});
