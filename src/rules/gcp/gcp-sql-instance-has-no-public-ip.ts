import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpSqlInstanceHasNoPublicIp: Rule = {
  id: "gcp-sql-instance-has-no-public-ip",
  title: "Cloud SQL instances have no public IP address",
  severity: "medium",
  category: "public_exposure",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "A public IP makes the instance reachable from the internet for any address later added to authorized networks, and exposes it to scanning. A private IP on the VPC keeps it off the internet altogether.",
  remediation: {
    text: "Set `ipv4_enabled = false` and a `private_network` in `ip_configuration`; connect through the VPC or the Cloud SQL Auth Proxy.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  # ...
  settings {
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.main.id
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/sql/docs/mysql/configure-private-ip"],
  check(resource) {
    return expectSetting(resource, "public_ip", isFalse, `Database ${resource.name} has a public IP address`);
  },
};
