/**
 * Lambda functions → `function`, with invoke permissions (`aws_lambda_permission`) and function
 * URLs joined to decide whether anyone on the internet can invoke them.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, isValueMap, type Value } from "../../../model/value.ts";
import { block, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { isSet } from "./references.ts";
import { secretLikeNames } from "./secret-names.ts";

/** A permission for principal `*` with nothing naming the caller's source lets anyone invoke. */
function permissionIsPublic(p: RawRecord): Value {
  const principal = p.attrs["principal"];
  if (isUnknown(principal)) return principal;
  if (principal !== "*") return false;
  const restricted = ["source_arn", "source_account", "principal_org_id"].some((k) => isSet(p.attrs[k]));
  return !restricted;
}

function normalizeFunction(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "function" });
  const perms = ctx.index.companions(record, "aws_lambda_permission", "function_name", [
    "function_name",
    "arn",
  ]);
  let pub: Value = false;
  let pubPart: RawRecord | undefined;
  for (const p of perms) {
    b.join(p);
    const v = permissionIsPublic(p);
    if (v === true) [pub, pubPart] = [true, p];
    else if (isUnknown(v) && pub === false) [pub, pubPart] = [v, p];
  }
  b.set("public_access", pub, pubPart ? { record: pubPart, attr: "principal" } : undefined);

  const urls = ctx.index.companions(record, "aws_lambda_function_url", "function_name", [
    "function_name",
    "arn",
  ]);
  let open: Value = false;
  let openPart: RawRecord | undefined;
  for (const u of urls) {
    b.join(u);
    const auth = u.attrs["authorization_type"];
    if (auth === "NONE") [open, openPart] = [true, u];
    else if (isUnknown(auth) && open === false) [open, openPart] = [auth, u];
  }
  b.set("public_url", open, openPart ? { record: openPart, attr: "authorization_type" } : undefined);

  // Tracing mode defaults to PassThrough: no traces unless the caller sends a sampled header.
  b.fromAttr("tracing.enabled", "tracing_config.0.mode", false, (v) => v === "Active");
  const vars = block(record.attrs, "environment")?.["variables"];
  if (isUnknown(vars)) b.set("env_secret_names", vars, { attr: "environment" });
  else
    b.set("env_secret_names", isValueMap(vars) ? secretLikeNames(vars) : [], {
      attr: "environment.0.variables",
    });
  b.fromAttr("runtime", "runtime", null);
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_lambda_function"],
    companions: ["aws_lambda_permission", "aws_lambda_function_url"],
    normalize: normalizeFunction,
  },
];
