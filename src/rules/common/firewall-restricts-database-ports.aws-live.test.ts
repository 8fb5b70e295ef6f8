import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { firewallRestrictsDatabasePorts } from "./firewall-restricts-database-ports.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(firewallRestrictsDatabasePorts, {
  fail: [
    {
      name: "MySQL open to the world",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "web",
          VpcId: "vpc-1",
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 3306, ToPort: 3306, IpRanges: [{ CidrIp: "0.0.0.0/0" }] },
          ],
          IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
        }),
    },
  ],
  pass: [
    {
      name: "MySQL from the VPC",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "web",
          VpcId: "vpc-1",
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 3306, ToPort: 3306, IpRanges: [{ CidrIp: "10.0.0.0/16" }] },
          ],
          IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
        }),
    },
  ],
});
