/** Secrets Manager: secrets (rotation and key from the listing) with their resource policies. */
import {
  GetResourcePolicyCommand,
  SecretsManagerClient,
  paginateListSecrets,
} from "@aws-sdk/client-secrets-manager";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord, tagMap } from "./record.ts";

export const SECRET = "AWS::SecretsManager::Secret";

export const secretsmanager: Collector = {
  service: "secretsmanager",
  global: false,
  calls: {
    ListSecrets: { action: "secretsmanager:ListSecrets" },
    GetResourcePolicy: { action: "secretsmanager:GetResourcePolicy", feeds: { [SECRET]: ["public_access"] } },
  },
  async collect(ctx) {
    const client = ctx.client(SecretsManagerClient);
    const secrets = await ctx.call("ListSecrets", () =>
      allPages(paginateListSecrets({ client }, {}), (p) => p.SecretList),
    );
    if (!secrets.ok) return;
    await Promise.all(
      (secrets.value ?? []).map(async (s) => {
        if (!s.ARN || !s.Name) return;
        const SecretId = s.ARN;
        const r = liveRecord<Record<string, unknown>>({
          native_type: SECRET,
          arn: s.ARN,
          name: s.Name,
          account: ctx.account,
          region: ctx.region,
          data: { ...s },
          tags: tagMap(s.Tags),
        });
        const policy = await ctx.call(
          "GetResourcePolicy",
          () => client.send(new GetResourcePolicyCommand({ SecretId })),
          {
            record: r,
          },
        );
        if (policy.ok) r.data["ResourcePolicy"] = policy.value?.ResourcePolicy ?? null;
        ctx.emit(r);
      }),
    );
  },
};
