import { getPath, isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

/** Long-term (AKIA) and temporary (ASIA) access key IDs: 20 characters, upper case and digits. */
const ACCESS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
/**
 * A secret access key is 40 base64 characters, which alone cannot be told from a SHA-1 digest or
 * a random token; it is recognised only where it is assigned to a name that says what it is.
 */
const SECRET_KEY =
  /(?:aws_?secret_?access_?key|secret_?access_?key|aws_?secret_?key)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;

/** Launch templates take user data base64-encoded: the decoded script is searched too. */
function texts(userData: string): string[] {
  const compact = userData.replace(/\s+/g, "");
  if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
    return [userData];
  return [userData, Buffer.from(compact, "base64").toString("utf8")];
}

export const awsEc2UserDataHasNoAwsKeys: Rule = {
  id: "aws-ec2-user-data-has-no-aws-keys",
  title: "EC2 user data holds no AWS access keys",
  severity: "high",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["compute_instance"],
  rationale:
    "User data is readable by anyone allowed `ec2:DescribeInstanceAttribute`, by every process on the instance " +
    "through the metadata service, and stays in the launch template, the Terraform state and the repository. " +
    "An access key written there outlives the instance and is not rotated; an instance profile gives the same " +
    "access with temporary credentials.",
  remediation: {
    text:
      "Deactivate and delete the exposed key, then give the instance an IAM role through an instance profile " +
      "and let the SDK read its temporary credentials from the metadata service.",
    code: {
      terraform: `resource "aws_iam_instance_profile" "app" {
  role = aws_iam_role.app.name
}

resource "aws_instance" "app" {
  ami                  = data.aws_ami.base.id
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
  user_data            = file("\${path.module}/bootstrap.sh") # no keys: the SDK uses the role
}`,
      cli: "aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive",
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles",
  ],
  check(resource) {
    const v = getPath(resource.config, "user_data");
    if (v === undefined) return skip("user_data is not expressed by this source");
    if (isUnknown(v)) return undetermined(`user_data: ${v.reason}`);
    if (v === null || typeof v !== "string") return pass();
    // The key itself is never repeated in the message: findings are shared more widely than state.
    const all = texts(v);
    const found = [
      all.some((t) => ACCESS_KEY_ID.test(t)) ? "an access key ID" : "",
      all.some((t) => SECRET_KEY.test(t)) ? "a secret access key" : "",
    ]
      .filter((s) => s !== "")
      .join(" and ");
    return found === ""
      ? pass()
      : fail(`${resource.native_type} ${resource.name} user data contains ${found}`, "user_data");
  },
};
