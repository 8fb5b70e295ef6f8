/** Live DynamoDB tables → `nosql_table`. */
import type { ContinuousBackupsDescription, TableDescription } from "@aws-sdk/client-dynamodb";
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import type { KeyIndex } from "./keys.ts";
import { field, liveResource } from "./resource.ts";

export function normalizeTable(rec: LiveRecord, keys: KeyIndex): Resource {
  const t = field<TableDescription | null>(rec, "Table");
  const b = field<ContinuousBackupsDescription | null>(rec, "ContinuousBackups");
  const sse = t?.SSEDescription;
  const kms = sse?.SSEType === "KMS" && sse.Status !== "DISABLED";
  return liveResource(rec, "nosql_table", {
    // Tables are always encrypted at rest, with an AWS-owned key unless a KMS key is chosen.
    encryption: {
      enabled: true,
      customer_managed_key: kms ? keys.customerManaged(sse.KMSMasterKeyArn) : false,
      key_id: sse?.KMSMasterKeyArn ?? null,
    },
    point_in_time_recovery: {
      enabled: b?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === "ENABLED",
    },
  });
}
