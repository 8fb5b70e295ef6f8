/** Rules about the scan input itself rather than a cloud setting. */
import { fail, pass, skip, type Rule } from "./rule.ts";

const suppressionHasReason: Rule = {
  id: "iac-suppression-has-reason",
  title: "Inline suppressions state a reason",
  severity: "low",
  category: "data_protection",
  providers: ["aws", "azure", "gcp", "kubernetes"],
  resource_types: ["*"],
  rationale:
    "A `parapet:ignore` comment without a reason hides a finding with no record of why the risk was accepted; " +
    "reviewers and auditors cannot tell a deliberate exception from a silenced alarm. Such a suppression is not applied.",
  remediation: {
    text: "Write the reason after the rule id: `# parapet:ignore <rule-id> <why this is acceptable>`.",
    code: {
      terraform:
        "# parapet:ignore storage-bucket-blocks-public-access Public website assets, reviewed by SEC-123",
    },
  },
  auto_remediable: false,
  references: [],
  check(resource) {
    const entries = Object.entries(resource.suppressions ?? {});
    if (entries.length === 0) return skip("no inline suppression");
    const bare = entries.filter(([, reason]) => reason.trim() === "").map(([id]) => id);
    if (bare.length === 0) return pass();
    return fail(`Suppression of ${bare.join(", ")} has no reason and is not applied`);
  },
};

export const rules: Rule[] = [suppressionHasReason];
