import type { Rule } from "../rule.ts";
import { firewallLabel, judgeExposure, type PortSpec } from "./firewall-exposure.ts";

/**
 * Listening ports of databases, caches, search engines and message brokers: the vendors' default
 * (IANA-registered where one is) ports. TCP unless the service also answers on UDP.
 */
export const DATABASE_PORTS: PortSpec[] = [
  { port: 1433, name: "SQL Server" },
  // The browser service answers on UDP; the dedicated admin connection listens on TCP 1434.
  { port: 1434, name: "SQL Server browser", transport: "both" },
  // Analysis Services: 2383 is the default instance, 2382 the browser that redirects named instances.
  { port: 2382, to: 2383, name: "SQL Server Analysis Services" },
  { port: 1521, name: "Oracle" },
  { port: 3306, name: "MySQL" },
  { port: 5432, name: "PostgreSQL" },
  { port: 5984, name: "CouchDB" },
  { port: 6379, name: "Redis" },
  { port: 7000, to: 7001, name: "Cassandra" },
  { port: 9042, name: "Cassandra CQL" },
  { port: 8086, name: "InfluxDB" },
  { port: 9092, name: "Kafka" },
  { port: 9200, to: 9300, name: "Elasticsearch" },
  // Memcached's UDP listener is the amplification vector, so both transports count.
  { port: 11211, name: "Memcached", transport: "both" },
  { port: 27017, to: 27018, name: "MongoDB" },
  { port: 5439, name: "Redshift" },
  { port: 2483, to: 2484, name: "Oracle" },
  { port: 50000, name: "DB2" },
  { port: 7687, name: "Neo4j Bolt" },
  { port: 8182, name: "Neptune / Gremlin" },
  { port: 26257, name: "CockroachDB" },
  { port: 28015, name: "RethinkDB" },
];

export const firewallRestrictsDatabasePorts: Rule = {
  id: "firewall-restricts-database-ports",
  title: "Firewalls do not allow database ports from the internet",
  severity: "high",
  category: "network",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["firewall_rule"],
  rationale:
    "Databases, caches and search engines reachable from 0.0.0.0/0 are found by internet scanners and attacked " +
    "with credential stuffing and unauthenticated exploits; exposed Redis, Elasticsearch and MongoDB instances " +
    "are a leading source of mass data leaks. Data stores should accept connections only from application tiers.",
  remediation: {
    text: "Allow the database port only from the application's security group or private CIDR ranges.",
    code: {
      terraform: `resource "aws_vpc_security_group_ingress_rule" "postgres" {
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app.id
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19",
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html",
  ],
  check(resource) {
    return judgeExposure(
      resource,
      DATABASE_PORTS,
      (i, what, source) => `${firewallLabel(resource)} allows ${source} to reach ${what} (rule ${i})`,
      "database",
    );
  },
};
