import type { Rule } from "../rule.ts";
import { rules as identityLoggingStorage } from "./identity-logging-storage.ts";

export const rules: Rule[] = [...identityLoggingStorage];
