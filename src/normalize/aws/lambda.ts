/** Live Lambda functions → `function`. */
import type { FunctionConfiguration, FunctionUrlConfig } from "@aws-sdk/client-lambda";
import type { Resource } from "../../model/resource.ts";
import type { ValueMap } from "../../model/value.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { secretLikeNames } from "../terraform/aws/secret-names.ts";
import { parseDocument, policyIsPublic } from "./policy.ts";
import { dataAs, liveResource } from "./resource.ts";

export function normalizeFunction(rec: LiveRecord): Resource {
  const f = dataAs<
    FunctionConfiguration & { Policy?: string | null; FunctionUrlConfigs?: FunctionUrlConfig[] }
  >(rec);
  const vars: ValueMap = { ...(f.Environment?.Variables ?? {}) };
  return liveResource(rec, "function", {
    public_access: policyIsPublic(parseDocument(f.Policy)),
    public_url: (f.FunctionUrlConfigs ?? []).some((u) => u.AuthType === "NONE"),
    tracing: { enabled: f.TracingConfig?.Mode === "Active" },
    // The same test as for Terraform: a credential-like name holding a literal value.
    env_secret_names: secretLikeNames(vars),
    runtime: f.Runtime ?? null,
  });
}
