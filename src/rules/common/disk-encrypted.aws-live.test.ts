import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { diskEncrypted } from "./disk-encrypted.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(diskEncrypted, {
  fail: [
    {
      name: "unencrypted volume",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Volume", { VolumeId: "vol-1", Size: 8, Encrypted: false, Attachments: [] }),
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "encrypted volume",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Volume", {
          VolumeId: "vol-1",
          Size: 8,
          Encrypted: true,
          KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
          Attachments: [],
        }),
    },
  ],
});
