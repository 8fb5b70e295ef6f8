/** Fix code of a rule's remediation, in a stable order and with display names, for the formats that show it. */
import type { FixFormat } from "../rules/rule.ts";

const ORDER: { format: FixFormat; label: string; lang: string }[] = [
  { format: "terraform", label: "Terraform", lang: "hcl" },
  { format: "cloudformation", label: "CloudFormation", lang: "yaml" },
  { format: "arm", label: "ARM", lang: "json" },
  { format: "bicep", label: "Bicep", lang: "bicep" },
  { format: "kubernetes", label: "Kubernetes", lang: "yaml" },
  { format: "cli", label: "CLI", lang: "shell" },
];

export interface FixSnippet {
  format: FixFormat;
  label: string;
  /** Language tag for a fenced code block. */
  lang: string;
  code: string;
}

export function fixSnippets(code: Partial<Record<FixFormat, string>>): FixSnippet[] {
  return ORDER.flatMap(({ format, label, lang }) => {
    const text = code[format];
    return text ? [{ format, label, lang, code: text }] : [];
  });
}

/** A fence longer than any backtick run in the code, so the code cannot close it early. */
export function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(longest + 1);
}
