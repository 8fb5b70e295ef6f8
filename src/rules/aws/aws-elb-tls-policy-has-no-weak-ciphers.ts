import { containsUnknown, isUnknown } from "../../model/value.ts";
import { failAll, skip, undetermined, type Rule } from "../rule.ts";
import { isModernElbPolicy, isWeakCipher } from "./elb-tls-policies.ts";

export const awsElbTlsPolicyHasNoWeakCiphers: Rule = {
  id: "aws-elb-tls-policy-has-no-weak-ciphers",
  title: "Classic load balancer TLS policies turn on no weak ciphers",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["tls_policy"],
  rationale:
    "A custom SSL negotiation policy that turns on RC4, DES or 3DES, NULL, export-grade or anonymous cipher " +
    "suites lets a client (or an attacker in the path forcing a downgrade) settle on encryption that can be " +
    "broken or that authenticates nobody, exposing the traffic the listener was meant to protect.",
  remediation: {
    text:
      "Copy a predefined TLS 1.2 policy with `Reference-Security-Policy` instead of listing ciphers, or remove " +
      "the weak cipher attributes.",
    code: {
      terraform: `resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html",
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html",
  ],
  check(r) {
    const ref = r.config["reference_policy"];
    const ciphers = r.config["ciphers"];
    if (isUnknown(ref)) return undetermined(`reference_policy: ${ref.reason}`);
    if (typeof ref === "string") {
      // The TLS 1.2 predefined policies carry no weak suite; older ones are judged by their protocols.
      if (isModernElbPolicy(ref)) return failAll([]);
      return skip(`ciphers come from the predefined policy ${ref}`);
    }
    if (!Array.isArray(ciphers) || containsUnknown(ciphers)) return undetermined("ciphers are not known");
    return failAll(
      ciphers.flatMap((c, i) =>
        typeof c === "string" && isWeakCipher(c)
          ? [{ message: `TLS policy ${r.name} turns on the weak cipher ${c}`, path: `ciphers.${i}` }]
          : [],
      ),
    );
  },
};
