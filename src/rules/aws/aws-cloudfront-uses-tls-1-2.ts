import { settingRule } from "./setting-rule.ts";

export const awsCloudfrontUsesTls12 = settingRule({
  id: "aws-cloudfront-uses-tls-1-2",
  title: "CloudFront distributions require TLS 1.2 or later from viewers",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["cdn_distribution"],
  rationale:
    "Distributions on the default *.cloudfront.net certificate, or with an older security policy, accept TLS 1.0 and 1.1 from viewers; those protocol versions have known weaknesses and fail PCI DSS.",
  remediation: {
    text: 'Use a custom ACM certificate with `minimum_protocol_version = "TLSv1.2_2021"`.',
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
    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
  ],
  path: "min_tls_version",
  ok: (v) => typeof v === "string" && /^1\.[23]/.test(v),
  message: (r, v) => `Distribution ${r.name} accepts TLS ${String(v)} from viewers`,
});
