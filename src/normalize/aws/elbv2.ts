/** Live ELBv2 load balancers → `load_balancer`; listeners → `load_balancer_listener`. */
import type { Listener, LoadBalancer } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { Resource } from "../../model/resource.ts";
import { unknown } from "../../model/value.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { dataAs, liveResource } from "./resource.ts";

export function normalizeLoadBalancer(rec: LiveRecord): Resource {
  const lb = dataAs<LoadBalancer & { Attributes?: Record<string, string> }>(rec);
  const a = lb.Attributes ?? {};
  return liveResource(rec, "load_balancer", {
    lb_type: lb.Type ?? "application",
    internal: lb.Scheme === "internal",
    deletion_protection: a["deletion_protection.enabled"] === "true",
    drop_invalid_headers: a["routing.http.drop_invalid_header_fields.enabled"] === "true",
    access_logs: { enabled: a["access_logs.s3.enabled"] === "true" },
    waf_attached: unknown("WAF web ACL associations are not collected"),
  });
}

export function normalizeListener(rec: LiveRecord): Resource {
  const l = dataAs<Listener & { LoadBalancerType?: string | null }>(rec);
  const r = liveResource(rec, "load_balancer_listener", {
    protocol: (l.Protocol ?? "").toUpperCase(),
    port: l.Port ?? null,
    redirects_to_https: (l.DefaultActions ?? []).some(
      (x) => x.Type === "redirect" && x.RedirectConfig?.Protocol === "HTTPS",
    ),
    tls_policy: l.SslPolicy ?? null,
    ...(l.LoadBalancerType ? { lb_type: l.LoadBalancerType } : {}),
  });
  if (l.LoadBalancerArn) r.links = [{ kind: "listener_of", target: l.LoadBalancerArn }];
  return r;
}
