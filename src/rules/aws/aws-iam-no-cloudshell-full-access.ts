import { isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined } from "../rule.ts";
import type { Rule } from "../rule.ts";

export const awsIamNoCloudshellFullAccess: Rule = {
  id: "aws-iam-no-cloudshell-full-access",
  title: "AWSCloudShellFullAccess is not attached",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_role", "iam_user", "iam_group"],
  rationale:
    "AWSCloudShellFullAccess gives a shell with file upload and download inside the account; CIS asks that it be restricted because it is an easy path to move data out.",
  remediation: {
    text: "Detach AWSCloudShellFullAccess; grant a scoped CloudShell policy that denies file transfer where a shell is needed.",
    code: {
      terraform: `resource "aws_iam_group_policy_attachment" "ops" {
  group      = aws_iam_group.ops.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html"],
  check(resource) {
    const arns = resource.config["managed_policy_arns"];
    if (arns === undefined) return skip("attached policies are not expressed by this source");
    if (isUnknown(arns)) return undetermined(`attached policies: ${arns.reason}`);
    const list = Array.isArray(arns) ? arns : [];
    const i = list.findIndex((a) => typeof a === "string" && a.endsWith(":policy/AWSCloudShellFullAccess"));
    if (i < 0) return list.some(isUnknown) ? undetermined("an attached policy ARN is not known") : pass();
    return fail(`${resource.name} has AWSCloudShellFullAccess attached`, "managed_policy_arns");
  },
};
