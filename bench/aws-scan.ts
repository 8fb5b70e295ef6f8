/**
 * Live-scan benchmark: creates 5,000 resources across services in moto, scans them with the
 * built-in rules, and prints resources per second, API calls made (counted by SDK middleware)
 * and peak memory. Needs moto: `bash scripts/setup-moto.sh`. Usage: node bench/aws-scan.ts [count]
 */
import { CreateSecurityGroupCommand, CreateVolumeCommand, EC2Client } from "@aws-sdk/client-ec2";
import { CreateUserCommand, IAMClient } from "@aws-sdk/client-iam";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { CreateTopicCommand, SNSClient } from "@aws-sdk/client-sns";
import { CreateQueueCommand, SQSClient } from "@aws-sdk/client-sqs";
import { CreateTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { builtinRules } from "../src/rules/index.ts";
import { mapBounded } from "../src/sources/aws/limiter.ts";
import { scanAws } from "../src/sources/aws/live-scan.ts";
import { MOTO_MISSING, TEST_CREDENTIALS, sdkConfig, startMoto } from "../test/aws/moto.ts";

if (MOTO_MISSING) {
  process.stderr.write(`${MOTO_MISSING}\n`);
  process.exit(2);
}
const total = Number(process.argv[2] ?? 5000);
const moto = await startMoto();
try {
  const cfg = sdkConfig(moto);
  const ec2 = new EC2Client(cfg);
  const s3 = new S3Client(cfg);
  const iam = new IAMClient(cfg);
  const sns = new SNSClient(cfg);
  const sqs = new SQSClient(cfg);
  const ddb = new DynamoDBClient(cfg);
  // The mix leans on the services whose resources need the most calls each (S3: eleven).
  const share: [string, number, (i: number) => Promise<unknown>][] = [
    ["s3 buckets", 0.2, (i) => s3.send(new CreateBucketCommand({ Bucket: `bench-${i}` }))],
    [
      "security groups",
      0.2,
      (i) => ec2.send(new CreateSecurityGroupCommand({ GroupName: `bench-${i}`, Description: "bench" })),
    ],
    [
      "ebs volumes",
      0.15,
      () => ec2.send(new CreateVolumeCommand({ AvailabilityZone: "us-east-1a", Size: 8 })),
    ],
    ["iam users", 0.15, (i) => iam.send(new CreateUserCommand({ UserName: `bench-${i}` }))],
    ["sqs queues", 0.1, (i) => sqs.send(new CreateQueueCommand({ QueueName: `bench-${i}` }))],
    ["sns topics", 0.1, (i) => sns.send(new CreateTopicCommand({ Name: `bench-${i}` }))],
    [
      "dynamodb tables",
      0.1,
      (i) =>
        ddb.send(
          new CreateTableCommand({
            TableName: `bench-${i}`,
            KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
            AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
            BillingMode: "PAY_PER_REQUEST",
          }),
        ),
    ],
  ];
  const t0 = Date.now();
  for (const [label, fraction, create] of share) {
    const n = Math.round(total * fraction);
    await mapBounded(
      Array.from({ length: n }, (_, i) => i),
      16,
      (i) => create(i),
    );
    process.stderr.write(`created ${n} ${label}\n`);
  }
  const created = Date.now() - t0;
  const t1 = Date.now();
  const out = await scanAws({
    rules: builtinRules(),
    endpointUrl: moto.endpoint,
    credentials: TEST_CREDENTIALS,
    regions: ["us-east-1"],
  });
  const seconds = (Date.now() - t1) / 1000;
  const calls = Object.values(out.collection.calls).reduce((a, b) => a + b, 0);
  const result = {
    resources: out.resources.length,
    seconds: Math.round(seconds * 10) / 10,
    resources_per_second: Math.round(out.resources.length / seconds),
    api_calls: calls,
    errors: out.report.errors.length,
    findings: out.report.findings.length,
    peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024),
    fixture_seconds: Math.round(created / 100) / 10,
  };
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
} finally {
  await moto.stop();
}
