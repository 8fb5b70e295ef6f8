/** KMS: every key with its manager, state, rotation and key policy. AWS-managed keys are kept for the key-manager lookup. */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  paginateListKeys,
} from "@aws-sdk/client-kms";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const KEY = "AWS::KMS::Key";

export const kms: Collector = {
  service: "kms",
  global: false,
  calls: {
    ListKeys: { action: "kms:ListKeys" },
    DescribeKey: {
      action: "kms:DescribeKey",
      feeds: {
        [KEY]: ["enabled", "symmetric", "rotation_enabled", "rotation_period_days", "deletion_window_days"],
      },
    },
    GetKeyRotationStatus: {
      action: "kms:GetKeyRotationStatus",
      feeds: { [KEY]: ["rotation_enabled", "rotation_period_days"] },
    },
    GetKeyPolicy: { action: "kms:GetKeyPolicy", feeds: { [KEY]: ["policy", "public_policy"] } },
  },

  async collect(ctx) {
    const client = ctx.client(KMSClient);
    const keys = await ctx.call("ListKeys", () => allPages(paginateListKeys({ client }, {}), (p) => p.Keys));
    if (!keys.ok) return;
    await Promise.all(
      (keys.value ?? []).map(async (k) => {
        if (!k.KeyId || !k.KeyArn) return;
        const KeyId = k.KeyId;
        const r = liveRecord<Record<string, unknown>>({
          native_type: KEY,
          arn: k.KeyArn,
          name: KeyId,
          account: ctx.account,
          region: ctx.region,
          data: { KeyId },
        });
        const opts = { record: r };
        const meta = await ctx.call(
          "DescribeKey",
          () => client.send(new DescribeKeyCommand({ KeyId })),
          opts,
        );
        if (meta.ok) r.data["KeyMetadata"] = meta.value?.KeyMetadata ?? null;
        const manager = meta.ok ? meta.value?.KeyMetadata?.KeyManager : undefined;
        // AWS rotates its own keys and owns their policies: nothing more to read about them.
        if (manager !== "AWS") {
          const [rotation, policy] = await Promise.all([
            ctx.call("GetKeyRotationStatus", () => client.send(new GetKeyRotationStatusCommand({ KeyId })), {
              ...opts,
              // Asymmetric and imported keys cannot rotate automatically: the call refuses them.
              absent: ["UnsupportedOperationException"],
            }),
            ctx.call(
              "GetKeyPolicy",
              () => client.send(new GetKeyPolicyCommand({ KeyId, PolicyName: "default" })),
              opts,
            ),
          ]);
          if (rotation.ok)
            r.data["Rotation"] = {
              Enabled: rotation.value?.KeyRotationEnabled ?? false,
              PeriodDays: rotation.value?.RotationPeriodInDays ?? null,
            };
          if (policy.ok) r.data["Policy"] = policy.value?.Policy ?? null;
        }
        ctx.emit(r);
      }),
    );
  },
};
