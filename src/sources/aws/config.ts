/** AWS Config: configuration recorders with their recording status, per region. */
import {
  ConfigServiceClient,
  DescribeConfigurationRecorderStatusCommand,
  DescribeConfigurationRecordersCommand,
} from "@aws-sdk/client-config-service";
import { gapFor, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const RECORDER = "AWS::Config::ConfigurationRecorder";

export const config: Collector = {
  service: "config",
  global: false,
  calls: {
    DescribeConfigurationRecorders: { action: "config:DescribeConfigurationRecorders" },
    DescribeConfigurationRecorderStatus: {
      action: "config:DescribeConfigurationRecorderStatus",
      feeds: { [RECORDER]: ["enabled"] },
    },
  },

  async collect(ctx) {
    const client = ctx.client(ConfigServiceClient);
    const [recorders, statuses] = await Promise.all([
      ctx.call("DescribeConfigurationRecorders", () =>
        client.send(new DescribeConfigurationRecordersCommand({})),
      ),
      ctx.call("DescribeConfigurationRecorderStatus", () =>
        client.send(new DescribeConfigurationRecorderStatusCommand({})),
      ),
    ]);
    if (!recorders.ok) return;
    for (const rec of recorders.value?.ConfigurationRecorders ?? []) {
      const name = rec.name ?? "default";
      const status = statuses.ok
        ? statuses.value?.ConfigurationRecordersStatus?.find((s) => s.name === name)
        : undefined;
      const r = liveRecord<Record<string, unknown>>({
        native_type: RECORDER,
        arn: rec.arn ?? `arn:${ctx.partition}:config:${ctx.region}:${ctx.account}:config-recorder/${name}`,
        name,
        account: ctx.account,
        region: ctx.region,
        data: { ...rec, Recording: status?.recording ?? false },
      });
      if (!statuses.ok)
        r.gaps.push(gapFor(config, "DescribeConfigurationRecorderStatus", RECORDER, statuses.error));
      ctx.emit(r);
    }
  },
};
