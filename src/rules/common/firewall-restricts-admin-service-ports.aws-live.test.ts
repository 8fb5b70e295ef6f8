import { ruleTester } from "../testing/tester.ts";
import { live } from "../../normalize/aws/testing.ts";
import { firewallRestrictsAdminServicePorts } from "./firewall-restricts-admin-service-ports.ts";

// Live-shape cases: API responses as the AWS collectors return them, through the live normalizers.
ruleTester(firewallRestrictsAdminServicePorts, {
  fail: [
    {
      name: "SMB open to the world",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-1",
          GroupName: "files",
          VpcId: "vpc-1",
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 445, ToPort: 445, IpRanges: [{ CidrIp: "0.0.0.0/0" }] },
          ],
          IpPermissionsEgress: [],
        }),
    },
  ],
  pass: [
    {
      name: "SMB from the VPC",
      format: "aws",
      resources: () =>
        live("AWS::EC2::SecurityGroup", {
          GroupId: "sg-1",
          GroupName: "files",
          VpcId: "vpc-1",
          IpPermissions: [
            { IpProtocol: "tcp", FromPort: 445, ToPort: 445, IpRanges: [{ CidrIp: "10.0.0.0/16" }] },
          ],
          IpPermissionsEgress: [],
        }),
    },
  ],
});
