/**
 * Reading IAM JSON policy documents as the live APIs return them (a JSON string, URL-encoded
 * by IAM) and answering the two questions resource policies raise: does a statement let
 * anyone in, and does the document refuse plain HTTP.
 */
import { isValueMap, unknown, type Unknown, type Value, type ValueMap } from "../../model/value.ts";
import { publicStatements, readPolicy } from "../../rules/aws/iam-policy/index.ts";

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

/**
 * Some Allow statement lets anyone in: judged by the same policy library the Terraform
 * normalizers use, so a live policy and its Terraform source get the same verdict.
 */
export function policyIsPublic(doc: Value): boolean | Unknown {
  const read = readPolicy(doc);
  return read.ok ? publicStatements(read.doc).length > 0 : unknown(read.reason);
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
