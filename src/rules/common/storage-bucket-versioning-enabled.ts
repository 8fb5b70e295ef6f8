import { getPath, isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

export const storageBucketVersioningEnabled: Rule = {
  id: "storage-bucket-versioning-enabled",
  title: "Storage buckets keep object versions",
  severity: "medium",
  category: "data_protection",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Versioning keeps earlier versions of overwritten and deleted objects, so data destroyed by mistake, by a " +
    "faulty deployment or by ransomware can be restored.",
  remediation: {
    text: "Enable versioning on the bucket (and a lifecycle rule to expire old versions).",
    code: {
      terraform: `resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}`,
      cli: "aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled",
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"],
  check(resource) {
    const v = getPath(resource.config, "versioning.enabled");
    if (v === undefined) return skip("versioning is not expressed by this source");
    if (isUnknown(v)) return undetermined(`versioning: ${v.reason}`);
    if (v === true) return pass();
    return fail(`Bucket ${resource.name} does not have versioning enabled`, "versioning.enabled");
  },
};
