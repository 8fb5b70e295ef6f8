/** CloudTrail: trails with their logging status and event selectors. */
import {
  CloudTrailClient,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  paginateListTrails,
  DescribeTrailsCommand,
} from "@aws-sdk/client-cloudtrail";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const TRAIL = "AWS::CloudTrail::Trail";

export const cloudtrail: Collector = {
  service: "cloudtrail",
  global: false,
  calls: {
    ListTrails: { action: "cloudtrail:ListTrails" },
    DescribeTrails: { action: "cloudtrail:DescribeTrails" },
    GetTrailStatus: { action: "cloudtrail:GetTrailStatus", feeds: { [TRAIL]: ["enabled"] } },
    GetEventSelectors: {
      action: "cloudtrail:GetEventSelectors",
      feeds: { [TRAIL]: ["management_events", "s3_data_events.read", "s3_data_events.write"] },
    },
  },

  async collect(ctx) {
    const client = ctx.client(CloudTrailClient);
    const listed = await ctx.call("ListTrails", () =>
      allPages(paginateListTrails({ client }, {}), (p) => p.Trails),
    );
    // A multi-region trail is listed in every region: it is collected once, in its home region.
    const own = (listed.ok ? (listed.value ?? []) : []).filter(
      (t) => t.HomeRegion === ctx.region && t.TrailARN,
    );
    if (own.length === 0) return;
    const described = await ctx.call("DescribeTrails", () =>
      client.send(
        new DescribeTrailsCommand({ trailNameList: own.map((t) => t.TrailARN!), includeShadowTrails: false }),
      ),
    );
    if (!described.ok) return;
    await Promise.all(
      (described.value?.trailList ?? []).map(async (t) => {
        if (!t.TrailARN || !t.Name) return;
        const Name = t.TrailARN;
        const r = liveRecord<Record<string, unknown>>({
          native_type: TRAIL,
          arn: t.TrailARN,
          name: t.Name,
          account: ctx.account,
          region: ctx.region,
          data: { ...t },
        });
        const [status, selectors] = await Promise.all([
          ctx.call("GetTrailStatus", () => client.send(new GetTrailStatusCommand({ Name })), { record: r }),
          ctx.call(
            "GetEventSelectors",
            () => client.send(new GetEventSelectorsCommand({ TrailName: Name })),
            { record: r },
          ),
        ]);
        if (status.ok) r.data["IsLogging"] = status.value?.IsLogging ?? false;
        if (selectors.ok) {
          r.data["EventSelectors"] = selectors.value?.EventSelectors ?? [];
          r.data["AdvancedEventSelectors"] = selectors.value?.AdvancedEventSelectors ?? [];
        }
        ctx.emit(r);
      }),
    );
  },
};
