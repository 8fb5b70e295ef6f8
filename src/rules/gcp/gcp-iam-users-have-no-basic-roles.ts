import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";
import { bindingParts, memberLabel, BASIC_ROLES } from "./check-helpers.ts";

export const gcpIamUsersHaveNoBasicRoles: Rule = {
  id: "gcp-iam-users-have-no-basic-roles",
  title: "Users and groups are not granted basic roles (owner, editor, viewer)",
  severity: "medium",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["iam_binding"],
  rationale:
    "Basic roles predate IAM and span thousands of permissions across every service: roles/viewer alone can read most data. Predefined roles give people the access their job needs.",
  remediation: {
    text: "Replace roles/owner, roles/editor and roles/viewer grants to people with predefined roles for the services they use.",
    code: {
      terraform: `resource "google_project_iam_member" "dev_gke" {
  project = var.project_id
  role    = "roles/container.developer"
  member  = "group:developers@example.com"
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://cloud.google.com/iam/docs/understanding-roles#basic",
    "https://cloud.google.com/iam/docs/using-iam-securely",
  ],
  check(resource) {
    if (resource.config["scope"] === "service_account") return skip("granted on one service account");
    const b = bindingParts(resource);
    if ("unknown" in b) return undetermined(b.unknown);
    const basic = b.roles.filter((r) => BASIC_ROLES.has(r));
    if (basic.length === 0) return pass();
    const people = b.members.filter(
      (_, i) => b.kinds[i] === "user" || b.kinds[i] === "group" || b.kinds[i] === "domain",
    );
    if (people.length > 0)
      return fail(`${people.map(memberLabel).join(", ")} granted basic role ${basic.join(", ")}`, "members");
    if (b.kinds.some(isUnknown)) return undetermined("a member of the grant is unknown");
    return pass();
  },
};
