import { fail, pass, undetermined, type Rule } from "../rule.ts";
import { bindingParts, memberLabel } from "./check-helpers.ts";

export const gcpIamNoProjectLevelServiceAccountUserRole: Rule = {
  id: "gcp-iam-no-project-level-service-account-user-role",
  title: "No one is granted Service Account User or Token Creator on a whole project",
  severity: "high",
  category: "identity_access",
  providers: ["gcp"],
  resource_types: ["iam_binding"],
  rationale:
    "roles/iam.serviceAccountUser and roles/iam.serviceAccountTokenCreator granted at project, folder or organization level let the member act as every service account there, including the most privileged one. Grant them on the one service account that is needed.",
  remediation: {
    text: "Remove the project-level grant and grant the role on the specific service account with `google_service_account_iam_member`.",
    code: {
      terraform: `resource "google_service_account_iam_member" "deployer_can_use_runtime" {
  service_account_id = google_service_account.runtime.name
  role               = "roles/iam.serviceAccountUser"
  member             = "serviceAccount:\${google_service_account.deployer.email}"
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://cloud.google.com/iam/docs/service-accounts-actas",
    "https://cloud.google.com/iam/docs/service-account-permissions",
  ],
  check(resource) {
    // Granting the role on one service account is the remedy.
    if (resource.config["scope"] === "service_account") return pass();
    const b = bindingParts(resource);
    if ("unknown" in b) return undetermined(b.unknown);
    const risky = b.roles.filter(
      (r) => r === "roles/iam.serviceAccountUser" || r === "roles/iam.serviceAccountTokenCreator",
    );
    if (risky.length === 0) return pass();
    return fail(
      `${risky.join(", ")} is granted at ${String(resource.config["scope"])} level to ${b.members.map(memberLabel).join(", ")}`,
      "roles",
    );
  },
};
