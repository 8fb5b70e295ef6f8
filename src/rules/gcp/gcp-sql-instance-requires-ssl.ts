import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpSqlInstanceRequiresSsl: Rule = {
  id: "gcp-sql-instance-requires-ssl",
  title: "Cloud SQL instances accept encrypted connections only",
  severity: "high",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Connections over a public or peered network without TLS expose credentials and query results to anyone on the path. Requiring SSL makes the server refuse plaintext connections.",
  remediation: {
    text: 'Set `ssl_mode = "ENCRYPTED_ONLY"` (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED) in `ip_configuration`; on older providers `require_ssl = true`.',
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  # ...
  settings {
    ip_configuration {
      ssl_mode = "ENCRYPTED_ONLY"
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/sql/docs/postgres/configure-ssl-instance"],
  check(resource) {
    return expectSetting(
      resource,
      "tls_required",
      isTrue,
      `Database ${resource.name} accepts unencrypted connections`,
    );
  },
};
