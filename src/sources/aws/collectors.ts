/** Every live collector, one per service. `--permissions` is generated from this list. */
import type { Collector } from "./collector.ts";
import { cloudtrail } from "./cloudtrail.ts";
import { config } from "./config.ts";
import { ecr } from "./ecr.ts";
import { eks } from "./eks.ts";
import { dynamodb } from "./dynamodb.ts";
import { ec2 } from "./ec2.ts";
import { elbv2 } from "./elbv2.ts";
import { iam } from "./iam.ts";
import { kms } from "./kms.ts";
import { lambda } from "./lambda.ts";
import { sns } from "./sns.ts";
import { sqs } from "./sqs.ts";
import { rds } from "./rds.ts";
import { s3 } from "./s3.ts";
import { secretsmanager } from "./secretsmanager.ts";

export const COLLECTORS: Collector[] = [
  s3,
  iam,
  ec2,
  rds,
  kms,
  cloudtrail,
  config,
  lambda,
  elbv2,
  sns,
  sqs,
  dynamodb,
  ecr,
  eks,
  secretsmanager,
];
