/**
 * Judging what IAM policy documents allow: effective grants with Deny precedence, public
 * principals, conditions that really restrict a grant, and privilege escalation paths.
 *
 * Precision over recall where the static view is partial: a Deny only cancels an Allow when it
 * is unconditional (or conditioned on the caller's network/account, for public grants), because
 * a conditional Deny may not apply to the request that matters.
 */
import {
  actionMatches,
  ESCALATION_PATHS,
  RESTRICTING_CONDITION_KEYS,
  type EscalationPath,
} from "./actions.ts";
import type { PolicyDocument, PolicyStatement } from "./document.ts";

/** A resource pattern that covers every resource of its kind (`*`, `arn:aws:iam::123:role/*`). */
export function isBroadResource(resource: string): boolean {
  return resource === "*" || /[:/]\*$/.test(resource);
}

function coversAction(st: PolicyStatement, action: string): boolean {
  if (st.actions) return st.actions.some((p) => actionMatches(p, action));
  if (st.not_actions) return !st.not_actions.some((p) => actionMatches(p, action));
  return false;
}

/** The statement applies to every resource (`Resource: "*"`) or to every one of some kind. */
function coversResources(st: PolicyStatement, broad: (r: string) => boolean): boolean {
  if (st.resources) return st.resources.some(broad);
  // NotResource excludes a few resources and grants the rest: as broad as it gets.
  if (st.not_resources) return true;
  // Resource policies may omit Resource for principals-only forms; treat as the attached resource.
  return true;
}

function hasConditions(st: PolicyStatement): boolean {
  return st.conditions !== undefined && Object.keys(st.conditions).length > 0;
}

/** Allowed on every resource of its kind, and not cancelled by an unconditional Deny on `*`. */
export function allowsBroadly(docs: readonly PolicyDocument[], action: string): boolean {
  const statements = docs.flatMap((d) => d.statements);
  const allowed = statements.some(
    (s) => s.effect === "Allow" && coversAction(s, action) && coversResources(s, isBroadResource),
  );
  if (!allowed) return false;
  return !statements.some(
    (s) =>
      s.effect === "Deny" &&
      !hasConditions(s) &&
      coversAction(s, action) &&
      coversResources(s, (r) => r === "*"),
  );
}

/** Statements that grant every action on every resource (`"Action": "*"`, `"Resource": "*"`). */
export function fullAdminStatements(doc: PolicyDocument): PolicyStatement[] {
  const all = doc.statements;
  const denyAll = all.some(
    (s) => s.effect === "Deny" && !hasConditions(s) && s.actions?.some((a) => a === "*" || a === "*:*"),
  );
  if (denyAll) return [];
  return all.filter(
    (s) =>
      s.effect === "Allow" &&
      (s.actions ?? []).some((a) => a === "*" || a === "*:*") &&
      (s.resources === undefined || s.resources.includes("*") || s.not_resources !== undefined),
  );
}

/** Allow statements written with NotAction or NotResource that reach every resource. */
export function negatedAllowStatements(doc: PolicyDocument): PolicyStatement[] {
  return doc.statements.filter(
    (s) =>
      s.effect === "Allow" &&
      ((s.not_actions !== undefined && (s.resources ?? ["*"]).some(isBroadResource)) ||
        s.not_resources !== undefined),
  );
}

/** Escalation paths whose actions are all allowed broadly by the documents together. */
export function escalationPaths(docs: readonly PolicyDocument[]): EscalationPath[] {
  return ESCALATION_PATHS.filter((p) => p.actions.every((a) => allowsBroadly(docs, a)));
}

/** Principal `*` or `{"AWS": "*"}`: anyone at all, including anonymous callers. */
export function isPublicPrincipal(principals: Record<string, string[]> | undefined): boolean {
  if (!principals) return false;
  return Object.entries(principals).some(
    ([type, ids]) => (type === "*" || type === "AWS") && ids.some((id) => id === "*"),
  );
}

const NEGATED_OPERATOR =
  /^(ForAnyValue:|ForAllValues:)?(StringNotEquals|StringNotLike|ArnNotEquals|ArnNotLike|NotIpAddress)(IgnoreCase)?(IfExists)?$/i;
const POSITIVE_OPERATOR =
  /^(ForAnyValue:|ForAllValues:)?(StringEquals|StringLike|ArnEquals|ArnLike|IpAddress)(IgnoreCase)?(IfExists)?$/i;

function isRestrictingValue(key: string, values: string[]): boolean {
  if (values.length === 0 || values.some((v) => v === "*")) return false;
  // An empty value names nobody: `sts:ExternalId = ""` is a placeholder, not a shared secret.
  if (values.some((v) => v.trim() === "")) return false;
  if (key === "aws:sourceip") return !values.some((v) => v === "0.0.0.0/0" || v === "::/0");
  return true;
}

/** True when a condition limits the grant to named accounts, organizations, networks or sources. */
export function hasRestrictingCondition(
  conditions: PolicyStatement["conditions"],
  extraKeys: readonly string[] = [],
): boolean {
  if (!conditions) return false;
  const keys = new Set([...RESTRICTING_CONDITION_KEYS, ...extraKeys.map((k) => k.toLowerCase())]);
  return Object.entries(conditions).some(
    ([op, entries]) =>
      POSITIVE_OPERATOR.test(op) &&
      !/IfExists$/i.test(op) &&
      Object.entries(entries).some(
        ([key, values]) => keys.has(key.toLowerCase()) && isRestrictingValue(key.toLowerCase(), values),
      ),
  );
}

/** A Deny on everyone that applies unless the caller comes from a named network/account. */
function isGuardDeny(s: PolicyStatement): boolean {
  if (s.effect !== "Deny" || !s.conditions) return false;
  if (!(isPublicPrincipal(s.principals) || s.principals === undefined)) return false;
  return Object.entries(s.conditions).some(
    ([op, entries]) =>
      NEGATED_OPERATOR.test(op) &&
      Object.entries(entries).some(
        ([key, values]) =>
          RESTRICTING_CONDITION_KEYS.has(key.toLowerCase()) && isRestrictingValue(key.toLowerCase(), values),
      ),
  );
}

/** The Deny covers every action the Allow grants (its patterns are at least as wide). */
function denyCovers(deny: PolicyStatement, allow: PolicyStatement): boolean {
  if (!deny.actions) return false;
  const granted = allow.actions ?? ["*"];
  return granted.every((g) => deny.actions!.some((d) => actionMatches(d, g)));
}

/**
 * Allow statements of a resource policy that anyone can use: public principal, no restricting
 * condition, not fenced by a Deny that requires the caller's own network or account.
 */
export function publicStatements(doc: PolicyDocument): PolicyStatement[] {
  const guards = doc.statements.filter(isGuardDeny);
  return doc.statements.filter(
    (s) =>
      s.effect === "Allow" &&
      isPublicPrincipal(s.principals) &&
      !hasRestrictingCondition(s.conditions) &&
      !guards.some((g) => denyCovers(g, s)),
  );
}

/** The account id in a principal (`123456789012`, `arn:aws:iam::123456789012:root`), or undefined. */
export function principalAccount(id: string): string | undefined {
  if (/^\d{12}$/.test(id)) return id;
  return /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(id)?.[1];
}

const TRUST_CONDITION_KEYS = [
  "sts:externalid",
  "aws:multifactorauthpresent",
  "aws:principalorgid",
  "aws:principalarn",
];

/** A trust statement lets any AWS account (or principal) assume the role without a guarding condition. */
export function openTrustStatements(doc: PolicyDocument): { statement: PolicyStatement; why: string }[] {
  const out: { statement: PolicyStatement; why: string }[] = [];
  for (const s of doc.statements) {
    if (s.effect !== "Allow") continue;
    if (
      !["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"].some((a) =>
        coversAction(s, a),
      )
    )
      continue;
    if (isPublicPrincipal(s.principals)) {
      if (!hasRestrictingCondition(s.conditions, TRUST_CONDITION_KEYS))
        out.push({ statement: s, why: "any principal (`*`)" });
      continue;
    }
    const accounts = (s.principals?.["AWS"] ?? []).filter((id) => principalAccount(id) !== undefined);
    if (accounts.length > 0 && !hasTrustGuard(s.conditions))
      out.push({ statement: s, why: `AWS account ${accounts.join(", ")} without sts:ExternalId or MFA` });
  }
  return out;
}

function hasTrustGuard(conditions: PolicyStatement["conditions"]): boolean {
  if (!conditions) return false;
  if (hasRestrictingCondition(conditions, TRUST_CONDITION_KEYS)) return true;
  // `Bool: {aws:MultiFactorAuthPresent: true}` requires MFA for the assuming principal.
  return Object.entries(conditions).some(
    ([op, entries]) =>
      /^Bool(IfExists)?$/i.test(op) &&
      Object.entries(entries).some(
        ([k, v]) => k.toLowerCase() === "aws:multifactorauthpresent" && v.includes("true"),
      ),
  );
}
