/** ELBv2: application, network and gateway load balancers with their attributes and listeners. */
import {
  DescribeLoadBalancerAttributesCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const LOAD_BALANCER = "AWS::ElasticLoadBalancingV2::LoadBalancer";
export const LISTENER = "AWS::ElasticLoadBalancingV2::Listener";

export const elbv2: Collector = {
  service: "elbv2",
  global: false,
  calls: {
    DescribeLoadBalancers: { action: "elasticloadbalancing:DescribeLoadBalancers" },
    DescribeLoadBalancerAttributes: {
      action: "elasticloadbalancing:DescribeLoadBalancerAttributes",
      feeds: { [LOAD_BALANCER]: ["deletion_protection", "drop_invalid_headers", "access_logs.enabled"] },
    },
    DescribeListeners: { action: "elasticloadbalancing:DescribeListeners" },
  },

  async collect(ctx) {
    const client = ctx.client(ElasticLoadBalancingV2Client);
    const lbs = await ctx.call("DescribeLoadBalancers", () =>
      allPages(paginateDescribeLoadBalancers({ client }, {}), (p) => p.LoadBalancers),
    );
    if (!lbs.ok) return;
    await Promise.all(
      (lbs.value ?? []).map(async (lb) => {
        if (!lb.LoadBalancerArn || !lb.LoadBalancerName) return;
        const LoadBalancerArn = lb.LoadBalancerArn;
        const r = liveRecord<Record<string, unknown>>({
          native_type: LOAD_BALANCER,
          arn: LoadBalancerArn,
          name: lb.LoadBalancerName,
          account: ctx.account,
          region: ctx.region,
          data: { ...lb },
        });
        const [attrs, listeners] = await Promise.all([
          ctx.call(
            "DescribeLoadBalancerAttributes",
            () => client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn })),
            { record: r },
          ),
          ctx.call("DescribeListeners", () =>
            allPages(paginateDescribeListeners({ client }, { LoadBalancerArn }), (p) => p.Listeners),
          ),
        ]);
        if (attrs.ok)
          r.data["Attributes"] = Object.fromEntries(
            (attrs.value?.Attributes ?? []).map((a) => [a.Key, a.Value]),
          );
        ctx.emit(r);
        for (const l of listeners.ok ? (listeners.value ?? []) : []) {
          if (!l.ListenerArn) continue;
          ctx.emit(
            liveRecord({
              native_type: LISTENER,
              arn: l.ListenerArn,
              name: `${lb.LoadBalancerName}:${l.Port ?? "?"}`,
              account: ctx.account,
              region: ctx.region,
              data: { ...l, LoadBalancerType: lb.Type ?? null },
            }),
          );
        }
      }),
    );
  },
};
