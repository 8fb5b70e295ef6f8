import { settingRule } from "./setting-rule.ts";

export const awsCloudfrontViewerHttpsOnly = settingRule({
  id: "aws-cloudfront-viewer-https-only",
  title: "CloudFront distributions do not serve plain HTTP to viewers",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["cdn_distribution"],
  rationale:
    "A cache behavior with viewer protocol policy allow-all serves content and accepts cookies and form posts over plain HTTP, open to interception and tampering on the way to the viewer.",
  remediation: {
    text: "Set `viewer_protocol_policy` to `redirect-to-https` or `https-only` on every cache behavior.",
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
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-3",
  ],
  path: "viewer_https_only",
  ok: (v) => v === true,
  message: (r) => `Distribution ${r.name} serves plain HTTP to viewers (viewer_protocol_policy allow-all)`,
});
