import type { Resource } from "../../model/resource.ts";
import { containsUnknown, getPath, isUnknown } from "../../model/value.ts";
import { fail, failAll, pass, skip, undetermined, type CheckResult, type Rule } from "../rule.ts";
import { isModernElbPolicy, OUTDATED_PROTOCOLS } from "./elb-tls-policies.ts";

/** A listener names a predefined policy; a classic ELB's custom policy lists its protocols. */
function judge(r: Resource): CheckResult {
  if (r.type === "tls_policy") return judgeCustom(r);
  const v = getPath(r.config, "tls_policy");
  if (v === undefined) return skip("tls_policy is not expressed by this source");
  if (isUnknown(v)) return undetermined(`tls_policy: ${v.reason}`);
  if (v === null || (typeof v === "string" && isModernElbPolicy(v))) return pass();
  return fail(`Listener ${r.name} uses ${String(v)}, which allows TLS 1.0/1.1`, "tls_policy");
}

function judgeCustom(r: Resource): CheckResult {
  const ref = r.config["reference_policy"];
  const protocols = r.config["protocols"];
  if (isUnknown(ref)) return undetermined(`reference_policy: ${ref.reason}`);
  if (typeof ref === "string")
    return isModernElbPolicy(ref)
      ? pass()
      : fail(`TLS policy ${r.name} copies ${ref}, which allows TLS 1.0/1.1`, "reference_policy");
  if (!Array.isArray(protocols) || containsUnknown(protocols)) return undetermined("protocols are not known");
  return failAll(
    protocols.flatMap((p, i) =>
      typeof p === "string" && OUTDATED_PROTOCOLS.has(p)
        ? [{ message: `TLS policy ${r.name} turns on ${p}`, path: `protocols.${i}` }]
        : [],
    ),
  );
}

export const awsElbListenerUsesModernTlsPolicy: Rule = {
  id: "aws-elb-listener-uses-modern-tls-policy",
  title: "Load balancer TLS listeners use a policy without TLS 1.0/1.1",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["load_balancer_listener", "tls_policy"],
  rationale:
    "ELB security policies older than the TLS 1.2 family (including the default ELBSecurityPolicy-2016-08) still negotiate TLS 1.0 and 1.1 and weak CBC ciphers, which PCI DSS and most baselines forbid; a classic ELB's custom policy that turns on SSLv3, TLSv1 or TLSv1.1 does the same.",
  remediation: {
    text: "Use `ELBSecurityPolicy-TLS13-1-2-2021-06` (or another TLS 1.2+ policy, FIPS variants included).",
    code: {
      terraform: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17",
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html",
  ],
  check: judge,
};
