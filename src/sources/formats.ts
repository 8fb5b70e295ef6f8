/**
 * Recognizing a file's format. Extensions decide where they are unambiguous (`.tf`); YAML and
 * JSON files are told apart by content, read lazily from the first bytes.
 */
export type InputFormat = "terraform" | "terraform-plan" | "cloudformation" | "kubernetes" | "arm";

export function detectFormat(path: string, head: () => string): InputFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith(".tf") || lower.endsWith(".tf.json")) return "terraform";
  if (lower.endsWith(".tfvars") || lower.endsWith(".tfvars.json")) return undefined; // read by the Terraform loader
  if (
    lower.endsWith(".json") ||
    lower.endsWith(".yaml") ||
    lower.endsWith(".yml") ||
    lower.endsWith(".template")
  ) {
    return detectByContent(head());
  }
  return undefined;
}

function detectByContent(text: string): InputFormat | undefined {
  if (/"format_version"\s*:/.test(text) && /"(planned_values|resource_changes|terraform_version)"/.test(text))
    return "terraform-plan";
  if (/deploymentTemplate\.json#/i.test(text)) return "arm";
  if (/AWSTemplateFormatVersion|"?Resources"?\s*:[\s\S]*"?Type"?\s*:\s*"?(AWS|Alexa)::/.test(text))
    return "cloudformation";
  if (/^\s*"?apiVersion"?\s*:/m.test(text) && /^\s*"?kind"?\s*:/m.test(text)) return "kubernetes";
  return undefined;
}
