import { isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

export const storageBucketBlocksPublicAccess: Rule = {
  id: "storage-bucket-blocks-public-access",
  title: "Storage buckets are not readable or writable by anyone on the internet",
  severity: "critical",
  category: "public_exposure",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "A bucket that grants access to everyone through its ACL or policy exposes every object to anyone who " +
    "guesses its name; public buckets are the most common source of cloud data breaches. A public access " +
    "block (or its equivalent) stops an ACL or policy from making it public by mistake.",
  remediation: {
    text:
      'Remove the public grant (public ACL, `Principal: "*"` policy statement, public IAM member) and turn on the ' +
      "provider's public access prevention for the bucket. Serve public content through a CDN with origin access control instead.",
    code: {
      terraform: `resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
      cli: "aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
    "https://cloud.google.com/storage/docs/public-access-prevention",
    "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
  ],
  check(resource) {
    const c = resource.config;
    const v = c["public_access"];
    if (v === undefined) return skip("public access is not expressed by this source");
    if (isUnknown(v)) return undetermined(`public access: ${v.reason}`);
    if (v !== true) return pass();
    const how: string[] = [];
    if (c["public_acl"] === true) how.push("its ACL grants access to everyone");
    if (c["public_policy"] === true) how.push("its policy allows any principal");
    return fail(
      `Bucket ${resource.name} is public: ${how.join(" and ") || "it grants access to everyone"}, and no public access block prevents it`,
      "public_access",
    );
  },
};
