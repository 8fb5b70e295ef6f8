import { isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

export const auditLogFileValidationEnabled: Rule = {
  id: "audit-log-file-validation-enabled",
  title: "Audit log files are integrity-validated",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["audit_log"],
  rationale:
    "Log file validation writes signed digests so that any later change or deletion of a log file can be " +
    "detected; without it, an intruder with access to the log bucket can rewrite history unnoticed.",
  remediation: {
    text: "Enable log file validation on the trail.",
    code: {
      terraform: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = true
}`,
      cli: "aws cloudtrail update-trail --name TRAIL --enable-log-file-validation",
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
  ],
  check(resource) {
    const v = resource.config["log_file_validation"];
    if (v === undefined) return skip("log file validation is not expressed by this source");
    if (isUnknown(v)) return undetermined(`log file validation: ${v.reason}`);
    if (v === true) return pass();
    return fail(`Audit log ${resource.name} does not validate its log files`, "log_file_validation");
  },
};
