import { getPath, isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined } from "../rule.ts";
import type { Rule } from "../rule.ts";

export const awsS3BucketPublicAccessBlockEnabled: Rule = {
  id: "aws-s3-bucket-public-access-block-enabled",
  title: "S3 buckets turn on all four public access block settings",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "The bucket-level public access block is the guard rail that keeps a later ACL or policy change from making the bucket public. CIS requires all four settings on every bucket.",
  remediation: {
    text: "Add an aws_s3_bucket_public_access_block with all four settings true (or set them at the account level).",
    code: {
      terraform: `resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
  ],
  check(resource) {
    const off: string[] = [];
    let unknownReason: string | undefined;
    for (const k of [
      "block_public_acls",
      "ignore_public_acls",
      "block_public_policy",
      "restrict_public_buckets",
    ]) {
      const v = getPath(resource.config, `public_access_block.${k}`);
      if (v === undefined) return skip("public access block is not expressed by this source");
      if (isUnknown(v)) unknownReason ??= `${k}: ${v.reason}`;
      else if (v !== true) off.push(k);
    }
    if (off.length > 0)
      return fail(
        `Bucket ${resource.name} does not turn on ${off.join(", ")} in its public access block`,
        `public_access_block.${off[0]}`,
      );
    return unknownReason ? undetermined(unknownReason) : pass();
  },
};
