import { failAll, undetermined, type Rule } from "../rule.ts";
import { isUnknown, getPath } from "../../model/value.ts";

export const gcpGkeLoggingAndMonitoringEnabled: Rule = {
  id: "gcp-gke-logging-and-monitoring-enabled",
  title: "GKE clusters send logs and metrics to Cloud Logging and Monitoring",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["container_cluster"],
  rationale:
    "Without Cloud Logging, audit of workload and system events is lost when nodes are recycled; without monitoring, attacks that show up as resource anomalies (crypto mining) go unseen.",
  remediation: {
    text: "Leave `logging_service` and `monitoring_service` at their defaults (or enable components in `logging_config`/`monitoring_config`); never set them to `none`.",
    code: {
      terraform: `resource "google_container_cluster" "apps" {
  # ...
  logging_service    = "logging.googleapis.com/kubernetes"
  monitoring_service = "monitoring.googleapis.com/kubernetes"
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs"],
  check(resource) {
    const failures = [];
    for (const [key, label] of [
      ["logging.enabled", "logging"],
      ["monitoring.enabled", "monitoring"],
    ] as const) {
      const v = getPath(resource.config, key);
      if (v === undefined) continue;
      if (isUnknown(v)) return undetermined(`${label}: ${v.reason}`);
      if (v === false)
        failures.push({ message: `Cluster ${resource.name} has ${label} turned off`, path: key });
    }
    return failAll(failures);
  },
};
