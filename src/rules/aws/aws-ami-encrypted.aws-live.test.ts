import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsAmiEncrypted } from "./aws-ami-encrypted.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsAmiEncrypted, {
  fail: [
    {
      name: "unencrypted root snapshot",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Image", {
          ImageId: "ami-1",
          Name: "golden",
          Public: false,
          BlockDeviceMappings: [{ DeviceName: "/dev/xvda", Ebs: { Encrypted: false, SnapshotId: "snap-1" } }],
          LaunchPermissions: [],
        }),
    },
  ],
  pass: [
    {
      name: "encrypted",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Image", {
          ImageId: "ami-1",
          Name: "golden",
          Public: false,
          BlockDeviceMappings: [
            {
              DeviceName: "/dev/xvda",
              Ebs: {
                Encrypted: true,
                KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                SnapshotId: "snap-1",
              },
            },
          ],
          LaunchPermissions: [],
        }),
    },
  ],
});
