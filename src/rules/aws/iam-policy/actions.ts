/**
 * IAM action names and patterns. Rather than carry the whole IAM action catalogue, Parapet keeps
 * the actions its rules reason about as data here; a pattern in a policy (`iam:*`, `iam:Put*`,
 * `*`) is matched against them the way IAM matches it: case-insensitively, `*` any run of
 * characters, `?` one character.
 */

const patternCache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".");
    re = new RegExp(`^${body}$`, "i");
    patternCache.set(pattern, re);
  }
  return re;
}

/** True when the policy pattern (`iam:Put*`) matches the action (`iam:PutRolePolicy`). */
export function actionMatches(pattern: string, action: string): boolean {
  return compile(pattern).test(action);
}

/**
 * Ways to gain more privilege than granted: each path is a set of actions that together let an
 * identity escalate (attach a policy to itself, give itself credentials, run code as a more
 * privileged role). Named after the first action, the combination in `with`.
 */
export interface EscalationPath {
  id: string;
  actions: string[];
  how: string;
}

export const ESCALATION_PATHS: readonly EscalationPath[] = [
  {
    id: "create-policy-version",
    actions: ["iam:CreatePolicyVersion"],
    how: "rewrite a managed policy it is attached to",
  },
  {
    id: "set-default-policy-version",
    actions: ["iam:SetDefaultPolicyVersion"],
    how: "switch a managed policy to a more permissive version",
  },
  { id: "create-access-key", actions: ["iam:CreateAccessKey"], how: "create access keys for another user" },
  {
    id: "create-login-profile",
    actions: ["iam:CreateLoginProfile"],
    how: "set a console password for another user",
  },
  {
    id: "update-login-profile",
    actions: ["iam:UpdateLoginProfile"],
    how: "change another user's console password",
  },
  { id: "attach-user-policy", actions: ["iam:AttachUserPolicy"], how: "attach any managed policy to a user" },
  {
    id: "attach-group-policy",
    actions: ["iam:AttachGroupPolicy"],
    how: "attach any managed policy to a group",
  },
  { id: "attach-role-policy", actions: ["iam:AttachRolePolicy"], how: "attach any managed policy to a role" },
  { id: "put-user-policy", actions: ["iam:PutUserPolicy"], how: "write an inline policy on a user" },
  { id: "put-group-policy", actions: ["iam:PutGroupPolicy"], how: "write an inline policy on a group" },
  { id: "put-role-policy", actions: ["iam:PutRolePolicy"], how: "write an inline policy on a role" },
  { id: "add-user-to-group", actions: ["iam:AddUserToGroup"], how: "join a more privileged group" },
  {
    id: "update-assume-role-policy",
    actions: ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"],
    how: "rewrite a role's trust policy and assume it",
  },
  {
    id: "passrole-ec2",
    actions: ["iam:PassRole", "ec2:RunInstances"],
    how: "launch an instance with a more privileged role",
  },
  {
    id: "passrole-lambda",
    actions: ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
    how: "create and invoke a function running as a more privileged role",
  },
  {
    id: "passrole-glue",
    actions: ["iam:PassRole", "glue:CreateDevEndpoint"],
    how: "create a Glue endpoint running as a more privileged role",
  },
  {
    id: "passrole-cloudformation",
    actions: ["iam:PassRole", "cloudformation:CreateStack"],
    how: "create a stack that acts as a more privileged role",
  },
  {
    id: "passrole-datapipeline",
    actions: ["iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"],
    how: "run a pipeline as a more privileged role",
  },
  {
    id: "glue-update-dev-endpoint",
    actions: ["glue:UpdateDevEndpoint"],
    how: "take over an existing Glue endpoint's role",
  },
  {
    id: "lambda-update-function-code",
    actions: ["lambda:UpdateFunctionCode"],
    how: "replace the code of a function that runs as another role",
  },
];

/** Condition keys that tie a grant to one's own network, account or organization. */
export const RESTRICTING_CONDITION_KEYS: ReadonlySet<string> = new Set([
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourceaccount",
  "aws:sourcearn",
  "aws:sourceowner",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:sourceip",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:userid",
  "kms:calleraccount",
  "sts:externalid",
]);
