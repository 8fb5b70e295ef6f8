/**
 * Reading IAM JSON policy documents as the live APIs return them (a JSON string, URL-encoded
 * by IAM) and answering the two questions resource policies raise: does a statement let
 * anyone in, and does the document refuse plain HTTP.
 */
import { isValueMap, unknown, type Value, type ValueMap } from "../../model/value.ts";

/** Parses a policy document; URL-encoded text (IAM's GetRolePolicy, GetPolicyVersion) is decoded first. */
export function parseDocument(text: string | null | undefined): Value {
  if (text === null || text === undefined || text === "") return null;
  for (const candidate of [text, safeDecode(text)]) {
    if (candidate === undefined) continue;
    try {
      return JSON.parse(candidate) as Value;
    } catch {
      // try the decoded form next
    }
  }
  return unknown("policy document is not valid JSON");
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function statements(doc: Value): ValueMap[] {
  if (!isValueMap(doc)) return [];
  const s = doc["Statement"];
  if (Array.isArray(s)) return s.filter(isValueMap);
  return isValueMap(s) ? [s] : [];
}

function list(v: Value | undefined): Value[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Principal `*`, `{"AWS": "*"}` or any principal list containing `*`. */
export function anyPrincipal(statement: ValueMap): boolean {
  const p = statement["Principal"];
  if (p === "*") return true;
  if (!isValueMap(p)) return false;
  return Object.values(p).some((v) => list(v).includes("*"));
}

/** Condition keys that tie access to one's own accounts, organization, network or source resource. */
const RESTRICTING = new Set(
  [
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceAccount",
    "aws:SourceArn",
    "aws:SourceOwner",
    "aws:SourceIp",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:ResourceOrgID",
    "kms:CallerAccount",
    "sts:ExternalId",
  ].map((k) => k.toLowerCase()),
);

/** True when some condition of the statement limits who can use it (a wildcard value limits nothing). */
export function restrictedByCondition(statement: ValueMap): boolean {
  const cond = statement["Condition"];
  if (!isValueMap(cond)) return false;
  return Object.values(cond).some(
    (byKey) =>
      isValueMap(byKey) &&
      Object.entries(byKey).some(
        ([key, v]) =>
          RESTRICTING.has(key.toLowerCase()) && list(v).every((x) => x !== "*" && x !== "0.0.0.0/0"),
      ),
  );
}

/** Some Allow statement lets any principal in without a restricting condition. */
export function isPublicDocument(doc: Value): boolean {
  return statements(doc).some((s) => s["Effect"] === "Allow" && anyPrincipal(s) && !restrictedByCondition(s));
}

/** Some Deny statement refuses requests whose `aws:SecureTransport` is false. */
export function deniesInsecureTransport(doc: Value): boolean {
  return statements(doc).some((s) => {
    if (s["Effect"] !== "Deny") return false;
    const cond = s["Condition"];
    if (!isValueMap(cond)) return false;
    const bool = Object.entries(cond).find(([op]) => op.toLowerCase() === "bool")?.[1];
    if (!isValueMap(bool)) return false;
    const v = Object.entries(bool).find(([k]) => k.toLowerCase() === "aws:securetransport")?.[1];
    return list(v).some((x) => x === false || x === "false");
  });
}
