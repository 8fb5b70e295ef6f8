import type { Rule } from "../rule.ts";

export const rules: Rule[] = [];
