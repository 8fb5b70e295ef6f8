import type { Rule } from "../rule.ts";
import { firewallLabel, judgeExposure, type PortSpec } from "./firewall-exposure.ts";

/** Remote administration and file sharing services other than SSH and RDP; TCP unless noted. */
export const ADMIN_SERVICE_PORTS: PortSpec[] = [
  { port: 20, to: 21, name: "FTP" },
  { port: 23, name: "Telnet" },
  { port: 135, name: "MS RPC", transport: "both" },
  // NetBIOS name and datagram services are UDP (137-138), the session service TCP (139).
  { port: 137, to: 139, name: "NetBIOS", transport: "both" },
  { port: 445, name: "SMB" },
  { port: 2049, name: "NFS", transport: "both" },
  { port: 2375, to: 2376, name: "Docker API" },
  { port: 2379, to: 2380, name: "etcd" },
  { port: 5900, name: "VNC" },
  { port: 5985, to: 5986, name: "WinRM" },
  { port: 6443, name: "Kubernetes API" },
  { port: 10250, name: "kubelet" },
];

export const firewallRestrictsAdminServicePorts: Rule = {
  id: "firewall-restricts-admin-service-ports",
  title: "Firewalls do not allow remote administration or file sharing services from the internet",
  severity: "high",
  category: "network",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["firewall_rule"],
  rationale:
    "Telnet, FTP, SMB, NetBIOS, VNC, WinRM, NFS and the Docker, etcd and kubelet APIs were built for trusted " +
    "networks: many send credentials in clear text or allow unauthenticated control, and SMB exposure enabled " +
    "worms such as WannaCry. None should be reachable from 0.0.0.0/0.",
  remediation: {
    text: "Remove the rule or restrict its source to the private ranges that administer the hosts.",
    code: {
      terraform: `resource "aws_security_group" "files" {
  name   = "files"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = [aws_vpc.main.cidr_block]
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19",
    "https://www.cisa.gov/news-events/news/securing-network-infrastructure-devices",
  ],
  check(resource) {
    return judgeExposure(
      resource,
      ADMIN_SERVICE_PORTS,
      (i, what, source) => `${firewallLabel(resource)} allows ${source} to reach ${what} (rule ${i})`,
    );
  },
};
