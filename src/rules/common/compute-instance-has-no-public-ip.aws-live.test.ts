import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { computeInstanceHasNoPublicIp } from "./compute-instance-has-no-public-ip.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(computeInstanceHasNoPublicIp, {
  fail: [
    {
      name: "public address",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Instance", {
          InstanceId: "i-0abc",
          State: { Name: "running" },
          MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled" },
          IamInstanceProfile: { Arn: "arn:aws:iam::111122223333:instance-profile/web", Id: "AIPA" },
          SecurityGroups: [],
          AttachedVolumes: [
            {
              VolumeId: "vol-1",
              Encrypted: true,
              KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            },
          ],
          PublicIpAddress: "198.51.100.7",
        }),
    },
  ],
  pass: [
    {
      name: "private only",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Instance", {
          InstanceId: "i-0abc",
          State: { Name: "running" },
          MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled" },
          IamInstanceProfile: { Arn: "arn:aws:iam::111122223333:instance-profile/web", Id: "AIPA" },
          SecurityGroups: [],
          AttachedVolumes: [
            {
              VolumeId: "vol-1",
              Encrypted: true,
              KmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            },
          ],
          PrivateIpAddress: "10.0.1.5",
        }),
    },
  ],
});
