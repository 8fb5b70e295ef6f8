import { settingRule } from "./setting-rule.ts";

export const awsCloudfrontWafAttached = settingRule({
  id: "aws-cloudfront-waf-attached",
  title: "CloudFront distributions are protected by AWS WAF",
  severity: "medium",
  category: "network",
  providers: ["aws"],
  resource_types: ["cdn_distribution"],
  rationale:
    "A web ACL at the edge blocks exploits, bots and floods before they reach the origin and is the only place to filter requests for static origins such as S3.",
  remediation: {
    text: "Set `web_acl_id` to a WAFv2 web ACL created in us-east-1 with scope CLOUDFRONT.",
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
    "https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-6",
  ],
  path: "waf_attached",
  ok: (v) => v === true,
  message: (r) => `Distribution ${r.name} has no WAF web ACL`,
});
