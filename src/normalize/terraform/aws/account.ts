/**
 * Account-wide settings: the IAM password policy, EBS default encryption, the S3 account public
 * access block, and the detection services (GuardDuty, Security Hub, IAM Access Analyzer).
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { asBool, asNumber, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";

function passwordPolicy(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, {
    provider: "aws",
    type: "password_policy",
    name: "account password policy",
  });
  // IAM defaults when an attribute is not set: 6 characters, no reuse prevention, no expiry,
  // no character classes required, users may change their own password.
  b.fromAttr("min_length", "minimum_password_length", 6, (v) => asNumber(v));
  b.fromAttr("reuse_prevention", "password_reuse_prevention", null, (v) => asNumber(v));
  b.fromAttr("max_age_days", "max_password_age", null, (v) => (v === 0 || v === "0" ? null : asNumber(v)));
  b.fromAttr("require_symbols", "require_symbols", false, (v) => asBool(v, false));
  b.fromAttr("require_numbers", "require_numbers", false, (v) => asBool(v, false));
  b.fromAttr("require_uppercase", "require_uppercase_characters", false, (v) => asBool(v, false));
  b.fromAttr("require_lowercase", "require_lowercase_characters", false, (v) => asBool(v, false));
  b.fromAttr("allow_users_to_change", "allow_users_to_change_password", true, (v) => asBool(v, true));
  return b.build();
}

function ebsDefault(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, {
    provider: "aws",
    type: "account_setting",
    name: "EBS encryption by default",
  });
  // The resource turns default encryption on unless `enabled = false`.
  b.fromAttr("ebs_default_encryption", "enabled", true, (v) => asBool(v, true));
  return b.build();
}

function s3AccountBlock(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, {
    provider: "aws",
    type: "account_setting",
    name: "S3 account public access block",
  });
  for (const k of [
    "block_public_acls",
    "ignore_public_acls",
    "block_public_policy",
    "restrict_public_buckets",
  ]) {
    // Each setting is false unless set.
    b.fromAttr(`s3_public_access_block.${k}`, k, false, (v) => asBool(v, false));
  }
  return b.build();
}

function guardDuty(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, {
    provider: "aws",
    type: "threat_detection",
    name: "GuardDuty detector",
  });
  // `enable` defaults to true.
  b.fromAttr("enabled", "enable", true, (v) => asBool(v, true));
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_iam_account_password_policy"], normalize: passwordPolicy },
  { native_types: ["aws_ebs_encryption_by_default"], normalize: ebsDefault },
  { native_types: ["aws_s3_account_public_access_block"], normalize: s3AccountBlock },
  { native_types: ["aws_guardduty_detector"], normalize: guardDuty },
];
