import { getPath, isUnknown } from "../../model/value.ts";
import { failAll, skip, undetermined, type Failure } from "../rule.ts";
import type { Rule } from "../rule.ts";

export const awsCloudtrailS3DataEventsEnabled: Rule = {
  id: "aws-cloudtrail-s3-data-events-enabled",
  title: "CloudTrail records S3 object-level read and write events",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["audit_log"],
  rationale:
    "Management events do not show who read or wrote which object; object-level (data) events do, and are what an investigation of data theft needs. CIS asks for both read and write events.",
  remediation: {
    text: "Add an event selector with a data resource of type AWS::S3::Object and read_write_type All.",
    code: {
      terraform: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  event_selector {
    read_write_type           = "All"
    include_management_events = true
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html"],
  check(resource) {
    const failures: Failure[] = [];
    for (const kind of ["read", "write"] as const) {
      const v = getPath(resource.config, `s3_data_events.${kind}`);
      if (v === undefined) return skip("data events are not expressed by this source");
      if (isUnknown(v)) return undetermined(`S3 ${kind} events: ${v.reason}`);
      if (v !== true)
        failures.push({
          message: `Trail ${resource.name} does not record S3 object-level ${kind} events`,
          path: `s3_data_events.${kind}`,
        });
    }
    return failAll(failures);
  },
};
