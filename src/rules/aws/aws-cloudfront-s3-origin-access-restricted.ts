import { settingRule } from "./setting-rule.ts";

export const awsCloudfrontS3OriginAccessRestricted = settingRule({
  id: "aws-cloudfront-s3-origin-access-restricted",
  title: "CloudFront reaches S3 origins through origin access control",
  severity: "medium",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["cdn_distribution"],
  rationale:
    "An S3 origin without origin access control (or a legacy origin access identity) only works if the bucket is public, so the content can be fetched around the CDN, its WAF and its geo restrictions.",
  remediation: {
    text: "Attach an origin access control to the S3 origin and grant it `s3:GetObject` in the bucket policy; keep the bucket private.",
    code: {
      terraform: `resource "aws_cloudfront_distribution" "site" {
  enabled    = true
  web_acl_id = aws_wafv2_web_acl.site.arn
  origin {
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id                = "site"
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
  }
  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
  }
  logging_config {
    bucket = aws_s3_bucket.cf_logs.bucket_domain_name
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.site.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-13",
  ],
  path: "origin_access_restricted",
  ok: (v) => v === true,
  message: (r) => `Distribution ${r.name} reaches an S3 origin without origin access control`,
});
