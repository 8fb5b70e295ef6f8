/** Every live collector, one per service. `--permissions` is generated from this list. */
import type { Collector } from "./collector.ts";
import { ec2 } from "./ec2.ts";
import { iam } from "./iam.ts";
import { rds } from "./rds.ts";
import { s3 } from "./s3.ts";

export const COLLECTORS: Collector[] = [s3, iam, ec2, rds];
