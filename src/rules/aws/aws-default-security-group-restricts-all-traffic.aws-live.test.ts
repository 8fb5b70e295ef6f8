import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { awsDefaultSecurityGroupRestrictsAllTraffic } from "./aws-default-security-group-restricts-all-traffic.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(awsDefaultSecurityGroupRestrictsAllTraffic, {
  fail: [
    {
      name: "default group keeps its allow rules",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "default",
          VpcId: "vpc-1",
          IpPermissions: [{ IpProtocol: "-1", UserIdGroupPairs: [{ GroupId: "sg-0123456789abcdef0" }] }],
          IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
        }),
    },
  ],
  pass: [
    {
      name: "default group emptied",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "default",
          VpcId: "vpc-1",
          IpPermissions: [],
          IpPermissionsEgress: [],
        }),
    },
  ],
});
