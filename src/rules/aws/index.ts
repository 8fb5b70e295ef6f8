import type { Rule } from "../rule.ts";
import { rules as identityLoggingStorage } from "./identity-logging-storage.ts";
import { serviceRules } from "./service-rules.ts";

export const rules: Rule[] = [...identityLoggingStorage, ...serviceRules];
