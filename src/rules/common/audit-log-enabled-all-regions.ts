import { isUnknown } from "../../model/value.ts";
import { failAll, skip, undetermined, type Failure, type Rule } from "../rule.ts";

export const auditLogEnabledAllRegions: Rule = {
  id: "audit-log-enabled-all-regions",
  title: "Audit logging is on and covers every region",
  severity: "high",
  category: "logging_monitoring",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["audit_log"],
  rationale:
    "The API audit trail is the record of who did what in the account. A trail that is stopped, or that " +
    "covers only one region, leaves attackers free to act unseen in the others.",
  remediation: {
    text: "Turn logging on and make the trail multi-region.",
    code: {
      terraform: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_logging             = true
  enable_log_file_validation = true
}`,
      cli: "aws cloudtrail update-trail --name TRAIL --is-multi-region-trail && aws cloudtrail start-logging --name TRAIL",
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
  ],
  check(resource) {
    const enabled = resource.config["enabled"];
    const multi = resource.config["multi_region"];
    if (enabled === undefined) return skip("logging state is not expressed by this source");
    const failures: Failure[] = [];
    if (isUnknown(enabled)) return undetermined(`logging: ${enabled.reason}`);
    if (enabled === false)
      failures.push({ message: `Audit log ${resource.name} is not logging`, path: "enabled" });
    if (isUnknown(multi)) {
      if (failures.length === 0) return undetermined(`multi-region: ${multi.reason}`);
    } else if (multi === false) {
      failures.push({
        message: `Audit log ${resource.name} covers only its own region`,
        path: "multi_region",
      });
    }
    return failAll(failures);
  },
};
