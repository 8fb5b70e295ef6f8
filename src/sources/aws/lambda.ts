/** Lambda: functions with their resource policy and function URL. */
import {
  GetPolicyCommand,
  LambdaClient,
  GetFunctionUrlConfigCommand,
  paginateListFunctions,
} from "@aws-sdk/client-lambda";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const FUNCTION = "AWS::Lambda::Function";

export const lambda: Collector = {
  service: "lambda",
  global: false,
  calls: {
    ListFunctions: { action: "lambda:ListFunctions" },
    GetPolicy: { action: "lambda:GetPolicy", feeds: { [FUNCTION]: ["public_access"] } },
    GetFunctionUrlConfig: { action: "lambda:GetFunctionUrlConfig", feeds: { [FUNCTION]: ["public_url"] } },
  },

  async collect(ctx) {
    const client = ctx.client(LambdaClient);
    const fns = await ctx.call("ListFunctions", () =>
      allPages(paginateListFunctions({ client }, {}), (p) => p.Functions),
    );
    if (!fns.ok) return;
    await Promise.all(
      (fns.value ?? []).map(async (f) => {
        if (!f.FunctionArn || !f.FunctionName) return;
        const FunctionName = f.FunctionName;
        const r = liveRecord<Record<string, unknown>>({
          native_type: FUNCTION,
          arn: f.FunctionArn,
          name: FunctionName,
          account: ctx.account,
          region: ctx.region,
          data: { ...f },
        });
        const [policy, url] = await Promise.all([
          ctx.call("GetPolicy", () => client.send(new GetPolicyCommand({ FunctionName })), {
            record: r,
            absent: ["ResourceNotFoundException"],
          }),
          // The function's own URL (aliases can have theirs; the unqualified one is what is shared).
          ctx.call(
            "GetFunctionUrlConfig",
            () => client.send(new GetFunctionUrlConfigCommand({ FunctionName })),
            {
              record: r,
              absent: ["ResourceNotFoundException"],
            },
          ),
        ]);
        if (policy.ok) r.data["Policy"] = policy.value?.Policy ?? null;
        if (url.ok)
          r.data["FunctionUrlConfigs"] = url.value?.AuthType
            ? [{ AuthType: url.value.AuthType, FunctionUrl: url.value.FunctionUrl }]
            : [];
        ctx.emit(r);
      }),
    );
  },
};
