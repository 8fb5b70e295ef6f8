import { ruleTester } from "../testing/tester.ts";
import { awsCloudfrontLoggingEnabled } from "./aws-cloudfront-logging-enabled.ts";

ruleTester(awsCloudfrontLoggingEnabled, {
  fail: [
    {
      name: "no logging_config",
      format: "terraform",
      files: `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id                = "site"
    origin_access_control_id = "E2QWRUHAPOMQZL"
  }
  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/abc"
}
`,
      line: 5,
      path: "logging.enabled",
    },
  ],
  pass: [
    {
      name: "logging",
      format: "terraform",
      files: `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  origin {
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id                = "site"
    origin_access_control_id = "E2QWRUHAPOMQZL"
  }
  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/site/abc"
  logging_config {
    bucket = "acme-cf-logs.s3.amazonaws.com"
  }
}
`,
    },
  ],
});
