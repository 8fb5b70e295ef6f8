import { settingRule } from "./setting-rule.ts";

export const awsCloudfrontLoggingEnabled = settingRule({
  id: "aws-cloudfront-logging-enabled",
  title: "CloudFront distributions write access logs",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["cdn_distribution"],
  rationale:
    "Standard logs record every viewer request; without them scraping, abuse and the reach of a leaked object cannot be established.",
  remediation: {
    text: "Add a `logging_config` block pointing at an S3 bucket.",
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
    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-5",
  ],
  path: "logging.enabled",
  ok: (v) => v === true,
  message: (r) => `Distribution ${r.name} writes no access logs`,
});
