import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsEc2UserDataHasNoAwsKeys } from "./aws-ec2-user-data-has-no-aws-keys.ts";

// Live-shape cases: the collector decodes DescribeInstanceAttribute's base64 user data.
const instance = (userData: string | null) => ({
  InstanceId: "i-0abc",
  State: { Name: "running" },
  MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled" },
  AttachedVolumes: [],
  UserData: userData,
});

ruleTester(awsEc2UserDataHasNoAwsKeys, {
  fail: [
    {
      name: "bootstrap script exports an access key pair",
      format: "aws",
      resources: () =>
        live(
          "AWS::EC2::Instance",
          instance(
            "#!/bin/bash\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
          ),
        ),
      path: "user_data",
    },
  ],
  pass: [
    {
      name: "bootstrap script relies on the instance role",
      format: "aws",
      resources: () =>
        live("AWS::EC2::Instance", instance("#!/bin/bash\naws s3 cp s3://config/app.conf /etc/app.conf\n")),
    },
  ],
});
