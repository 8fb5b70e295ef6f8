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
    lower.endsWith(".template") ||
    isExtensionless(lower)
  ) {
    return detectByContent(head());
  }
  return undefined;
}

/** `Dockerfile`-style names without an extension: templates are often saved as `stack` or `plan`. */
function isExtensionless(lower: string): boolean {
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  return base !== "" && !base.includes(".");
}

/**
 * Why a file that is infrastructure-as-code is nevertheless not read, for the summary's skipped
 * list; undefined for files that are simply not IaC (those are passed over silently).
 */
export function unreadableReason(path: string, head: () => string): string | undefined {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  if (lower.endsWith(".tfplan") || base === "tfplan" || lower.endsWith(".plan") || isExtensionless(lower)) {
    // `terraform plan -out` writes a zip archive whose first entry is `tfplan`.
    const h = head();
    if (h.startsWith("PK\u0003\u0004") && h.includes("tfplan"))
      return "binary Terraform plan: scan the output of `terraform show -json` instead";
  }
  return undefined;
}

function detectByContent(text: string): InputFormat | undefined {
  if (/"format_version"\s*:/.test(text) && /"(planned_values|resource_changes|terraform_version)"/.test(text))
    return "terraform-plan";
  if (/deploymentTemplate\.json#/i.test(text)) return "arm";
  if (
    /AWSTemplateFormatVersion|"?Transform"?\s*:\s*"?AWS::Serverless|"?Resources"?\s*:[\s\S]*"?Type"?\s*:\s*"?(AWS|Alexa)::/.test(
      text,
    )
  )
    return "cloudformation";
  if (/^\s*"?apiVersion"?\s*:/m.test(text) && /^\s*"?kind"?\s*:/m.test(text)) return "kubernetes";
  return undefined;
}
