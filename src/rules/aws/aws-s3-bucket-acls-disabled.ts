import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsS3BucketAclsDisabled: Rule = {
  id: "aws-s3-bucket-acls-disabled",
  title: "S3 buckets disable ACLs (bucket owner enforced)",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "With object ownership set to BucketOwnerEnforced, ACLs are ignored and access is decided by policies alone, which removes a second, easily overlooked way to make objects public.",
  remediation: {
    text: "Set object ownership to BucketOwnerEnforced and remove ACL grants.",
    code: {
      terraform: `resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"],
  check(resource) {
    return expectBool(
      resource,
      "uniform_access",
      true,
      `Bucket ${resource.name} still uses ACLs (object ownership is not BucketOwnerEnforced)`,
    );
  },
};
