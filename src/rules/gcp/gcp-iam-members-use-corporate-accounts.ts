import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";

export const gcpIamMembersUseCorporateAccounts: Rule = {
  id: "gcp-iam-members-use-corporate-accounts",
  title: "IAM grants name corporate identities, not personal Gmail accounts",
  severity: "medium",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["iam_binding"],
  rationale:
    "A personal @gmail.com account is outside the organization's control: no enforced 2-step verification, no offboarding when the person leaves, no login audit. Access should go to Cloud Identity or Workspace accounts and groups.",
  remediation: {
    text: "Replace personal accounts with corporate accounts or groups, and restrict grants to your domain with the `iam.allowedPolicyMemberDomains` organization policy.",
    code: {
      terraform: `resource "google_project_iam_member" "jane" {
  project = var.project_id
  role    = "roles/container.developer"
  member  = "user:jane@example.com"
}`,
    },
  },
  auto_remediable: false,
  references: ["https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains"],
  check(resource) {
    const members = resource.config["members"];
    if (isUnknown(members)) return undetermined(`members: ${members.reason}`);
    if (!Array.isArray(members)) return skip("no members");
    const personal = members.filter(
      (m) => typeof m === "string" && /^(user|group):[^@]+@(gmail|googlemail)\.com$/i.test(m),
    );
    if (personal.length > 0) return fail(`Grant names personal account ${personal.join(", ")}`, "members");
    return pass();
  },
};
