import { getPath, isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

export const storageBucketAccessLoggingEnabled: Rule = {
  id: "storage-bucket-access-logging-enabled",
  title: "Storage buckets log access requests",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Access logs record who read or changed which object and from where; without them an investigation cannot " +
    "tell what data left a bucket.",
  remediation: {
    text: "Enable server access logging to a separate log bucket.",
    code: {
      terraform: `resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "s3/data/"
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html"],
  check(resource) {
    const v = getPath(resource.config, "logging.enabled");
    if (v === undefined) return skip("access logging is not expressed by this source");
    if (isUnknown(v)) return undetermined(`access logging: ${v.reason}`);
    if (v === true) return pass();
    return fail(`Bucket ${resource.name} does not log access requests`, "logging.enabled");
  },
};
