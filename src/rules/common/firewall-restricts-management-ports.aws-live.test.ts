import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { firewallRestrictsManagementPorts } from "./firewall-restricts-management-ports.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(firewallRestrictsManagementPorts, {
  fail: [
    {
      name: "SSH open to the world",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "web",
          VpcId: "vpc-1",
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "0.0.0.0/0" }] },
          ],
          IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
        }),
    },
    {
      name: "a range spanning RDP from ::/0",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "web",
          VpcId: "vpc-1",
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 3000, ToPort: 4000, Ipv6Ranges: [{ CidrIpv6: "::/0" }] },
          ],
          IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
        }),
    },
  ],
  pass: [
    {
      name: "SSH from the office range",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-0123456789abcdef0",
          GroupName: "web",
          VpcId: "vpc-1",
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "203.0.113.0/24" }] },
          ],
          IpPermissionsEgress: [{ IpProtocol: "-1", IpRanges: [{ CidrIp: "0.0.0.0/0" }] }],
        }),
    },
    {
      name: "HTTPS open to the world",
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
