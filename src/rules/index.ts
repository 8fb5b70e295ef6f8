import type { Rule } from "./rule.ts";
import { rules as aws } from "./aws/index.ts";
import { rules as awsExtra } from "./aws-extra/index.ts";
import { rules as azure } from "./azure/index.ts";
import { rules as gcp } from "./gcp/index.ts";
import { rules as common } from "./common/index.ts";
import { rules as kubernetes } from "./kubernetes/index.ts";
import { rules as meta } from "./meta.ts";

/** Every built-in rule, checked once for unique ids. */
export function builtinRules(): Rule[] {
  const all = [...common, ...aws, ...awsExtra, ...azure, ...gcp, ...kubernetes, ...meta];
  const seen = new Set<string>();
  for (const r of all) {
    if (seen.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    seen.add(r.id);
  }
  return all;
}
