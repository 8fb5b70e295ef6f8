/** IAM identities and policies, KMS keys, CloudTrail trails. */
import type { ValueMap } from "../../../model/value.ts";
import { single, tagsOf, Tf, type Translation } from "../translate.ts";

/** Inline `Policies: [{PolicyName, PolicyDocument}]` → `inline_policy` blocks. */
function inlinePolicies(t: Tf): void {
  t.each("Policies", "inline_policy", (c, tf) => {
    t.copy(`${tf}.name`, `${c}.PolicyName`);
    t.copy(`${tf}.policy`, `${c}.PolicyDocument`);
  });
}

function identity(cfn: string, tf: string, nameProp: string, extra: (t: Tf) => void = () => {}): Translation {
  return {
    cfn,
    translate: (t) => {
      t.copy("name", nameProp);
      tagsOf(t);
      inlinePolicies(t);
      t.copy("managed_policy_arns", "ManagedPolicyArns");
      extra(t);
      const out = [{ tf, attrs: t.attrs, spans: t.spans }];
      // A console password is a separate block in Terraform.
      if (cfn === "AWS::IAM::User" && t.get("LoginProfile") !== undefined) {
        const span = t.spanOf("LoginProfile");
        out.push({
          tf: "aws_iam_user_login_profile",
          attrs: { user: t.self() },
          spans: {},
          ...(span ? { span } : {}),
        });
      }
      return out;
    },
  };
}

const role = identity("AWS::IAM::Role", "aws_iam_role", "RoleName", (t) =>
  t.copy("assume_role_policy", "AssumeRolePolicyDocument"),
);
const user = identity("AWS::IAM::User", "aws_iam_user", "UserName");
const group = identity("AWS::IAM::Group", "aws_iam_group", "GroupName");

/**
 * `AWS::IAM::Policy` is an inline policy of every role, user and group it lists: one Terraform
 * inline-policy block per kind, each joined into its identities (or judged alone when none is here).
 */
const inlinePolicy: Translation = {
  cfn: "AWS::IAM::Policy",
  companion: true,
  translate: (t) => {
    const kinds = [
      ["Roles", "aws_iam_role_policy", "role"],
      ["Users", "aws_iam_user_policy", "user"],
      ["Groups", "aws_iam_group_policy", "group"],
    ] as const;
    const out: ReturnType<Translation["translate"]> = [];
    for (const [prop, tf, via] of kinds) {
      const targets = t.get(prop);
      if (targets === undefined) continue;
      const x = new Tf(t.src, t.index);
      x.copy("name", "PolicyName");
      x.copy("policy", "PolicyDocument");
      x.put(via, targets, prop);
      out.push({ tf, attrs: x.attrs, spans: x.spans, suffix: `#${via}` });
    }
    if (out.length === 0) {
      const x = new Tf(t.src, t.index);
      x.copy("policy", "PolicyDocument");
      out.push({ tf: "aws_iam_role_policy", attrs: x.attrs, spans: x.spans });
    }
    return out;
  },
};

/** A customer managed policy, and its attachments to the identities it lists. */
const managedPolicy: Translation = {
  cfn: "AWS::IAM::ManagedPolicy",
  translate: (t) => {
    t.copy("name", "ManagedPolicyName");
    t.copy("policy", "PolicyDocument");
    const out = [{ tf: "aws_iam_policy", attrs: t.attrs, spans: t.spans }];
    const attach: ValueMap = { policy_arn: t.self() };
    for (const [prop, key] of [
      ["Roles", "roles"],
      ["Users", "users"],
      ["Groups", "groups"],
    ] as const) {
      const v = t.get(prop);
      if (v !== undefined) attach[key] = v;
    }
    if (Object.keys(attach).length > 1)
      out.push({ tf: "aws_iam_policy_attachment", attrs: attach, spans: {} });
    return out;
  },
};

const key = single("AWS::KMS::Key", "aws_kms_key", (t) => {
  tagsOf(t);
  t.copy("enable_key_rotation", "EnableKeyRotation");
  t.copy("rotation_period_in_days", "RotationPeriodInDays");
  t.copy("deletion_window_in_days", "PendingWindowInDays");
  t.copy("is_enabled", "Enabled");
  t.copy("key_spec", "KeySpec");
  t.copy("key_usage", "KeyUsage");
  t.copy("policy", "KeyPolicy");
});

const trail = single("AWS::CloudTrail::Trail", "aws_cloudtrail", (t) => {
  t.copy("name", "TrailName");
  tagsOf(t);
  t.copy("enable_logging", "IsLogging");
  t.copy("is_multi_region_trail", "IsMultiRegionTrail");
  t.copy("enable_log_file_validation", "EnableLogFileValidation");
  t.copy("kms_key_id", "KMSKeyId");
  t.copy("cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn");
  t.copy("s3_bucket_name", "S3BucketName");
  t.each("EventSelectors", "event_selector", (c, tf) => {
    t.copy(`${tf}.include_management_events`, `${c}.IncludeManagementEvents`);
    t.copy(`${tf}.read_write_type`, `${c}.ReadWriteType`);
    t.each(`${c}.DataResources`, `${tf}.data_resource`, (dc, dtf) => {
      t.copy(`${dtf}.type`, `${dc}.Type`);
      t.copy(`${dtf}.values`, `${dc}.Values`);
    });
  });
  t.each("AdvancedEventSelectors", "advanced_event_selector", (c, tf) =>
    t.each(`${c}.FieldSelectors`, `${tf}.field_selector`, (fc, ftf) => {
      t.copy(`${ftf}.field`, `${fc}.Field`);
      t.copy(`${ftf}.equals`, `${fc}.Equals`);
    }),
  );
});

export const translations: Translation[] = [role, user, group, inlinePolicy, managedPolicy, key, trail];
