import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsS3BucketWebsiteHostingDisabled: Rule = {
  id: "aws-s3-bucket-website-hosting-disabled",
  title: "S3 buckets do not serve a static website",
  severity: "medium",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Website hosting serves objects over plain HTTP from a public endpoint and needs the bucket to be public; CloudFront with origin access control serves the same content privately and over TLS.",
  remediation: {
    text: "Remove the website configuration and serve the content through CloudFront with origin access control.",
    code: {
      terraform: `resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteHosting.html"],
  check(resource) {
    return expectBool(resource, "website_enabled", false, `Bucket ${resource.name} serves a static website`);
  },
};
