import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { firewallRestrictsAllPortsFromInternet } from "./firewall-restricts-all-ports-from-internet.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(firewallRestrictsAllPortsFromInternet, {
  fail: [
    {
      name: "every protocol from the world",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "web",
          VpcId: "vpc-1",
          IpPermissions: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
          IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
        }),
    },
  ],
  pass: [
    {
      name: "one port from the world",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "web",
          VpcId: "vpc-1",
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: "0.0.0.0/0" }] },
          ],
          IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
        }),
    },
  ],
});
