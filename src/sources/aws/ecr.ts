/** ECR: repositories with their scanning, tag and encryption settings and repository policy. */
import { ECRClient, GetRepositoryPolicyCommand, paginateDescribeRepositories } from "@aws-sdk/client-ecr";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const REPOSITORY = "AWS::ECR::Repository";

export const ecr: Collector = {
  service: "ecr",
  global: false,
  calls: {
    DescribeRepositories: { action: "ecr:DescribeRepositories" },
    GetRepositoryPolicy: {
      action: "ecr:GetRepositoryPolicy",
      feeds: { [REPOSITORY]: ["public_access", "policy"] },
    },
  },
  async collect(ctx) {
    const client = ctx.client(ECRClient);
    const repos = await ctx.call("DescribeRepositories", () =>
      allPages(paginateDescribeRepositories({ client }, {}), (p) => p.repositories),
    );
    if (!repos.ok) return;
    await Promise.all(
      (repos.value ?? []).map(async (repo) => {
        if (!repo.repositoryArn || !repo.repositoryName) return;
        const repositoryName = repo.repositoryName;
        const r = liveRecord<Record<string, unknown>>({
          native_type: REPOSITORY,
          arn: repo.repositoryArn,
          name: repositoryName,
          account: ctx.account,
          region: ctx.region,
          data: { ...repo },
        });
        const policy = await ctx.call(
          "GetRepositoryPolicy",
          () => client.send(new GetRepositoryPolicyCommand({ repositoryName })),
          { record: r, absent: ["RepositoryPolicyNotFoundException"] },
        );
        if (policy.ok) r.data["Policy"] = policy.value?.policyText ?? null;
        ctx.emit(r);
      }),
    );
  },
};
