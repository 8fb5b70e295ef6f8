import { ruleTester } from "../testing/tester.ts";
import { awsElbTlsPolicyHasNoWeakCiphers } from "./aws-elb-tls-policy-has-no-weak-ciphers.ts";

ruleTester(awsElbTlsPolicyHasNoWeakCiphers, {
  fail: [
    {
      name: "RC4 suite turned on",
      format: "terraform",
      files: `resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = "legacy-web"
  policy_name        = "legacy-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  policy_attribute {
    name  = "ECDHE-RSA-RC4-SHA"
    value = "true"
  }
}
`,
      line: 11,
      path: "ciphers.0",
      message: "ECDHE-RSA-RC4-SHA",
    },
    {
      name: "triple DES suite turned on",
      format: "terraform",
      files: `resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = "legacy-web"
  policy_name        = "legacy-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "DES-CBC3-SHA"
    value = "true"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "modern GCM suites, a weak one written false",
      format: "terraform",
      files: `resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = "web"
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "ECDHE-ECDSA-AES128-GCM-SHA256"
    value = "true"
  }

  policy_attribute {
    name  = "RC4-SHA"
    value = "false"
  }
}
`,
    },
    {
      name: "copies a TLS 1.2 predefined policy",
      format: "terraform",
      files: `resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = "web"
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}
`,
    },
  ],
});
