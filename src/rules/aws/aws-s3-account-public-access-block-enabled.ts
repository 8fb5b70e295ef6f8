import { getPath, isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined } from "../rule.ts";
import type { Rule } from "../rule.ts";

export const awsS3AccountPublicAccessBlockEnabled: Rule = {
  id: "aws-s3-account-public-access-block-enabled",
  title: "The S3 account-level public access block is fully on",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["account_setting"],
  rationale:
    "The account-level public access block overrides every bucket's settings, so no single bucket can be made public by mistake.",
  remediation: {
    text: "Set all four settings of aws_s3_account_public_access_block to true.",
    code: {
      terraform: `resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html",
  ],
  check(resource) {
    const off: string[] = [];
    for (const k of [
      "block_public_acls",
      "ignore_public_acls",
      "block_public_policy",
      "restrict_public_buckets",
    ]) {
      const v = getPath(resource.config, `s3_public_access_block.${k}`);
      if (v === undefined) return skip("not an S3 account public access block");
      if (isUnknown(v)) return undetermined(`${k}: ${v.reason}`);
      if (v !== true) off.push(k);
    }
    if (off.length === 0) return pass();
    return fail(
      `The S3 account public access block leaves ${off.join(", ")} off`,
      `s3_public_access_block.${off[0]}`,
    );
  },
};
