import type { Provider, Resource, Span } from "../model/resource.ts";
import type { ResourceGraph } from "../engine/graph.ts";

export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The guide's "What CSPM detects" categories. */
export const CATEGORIES = [
  "public_exposure",
  "identity_access",
  "encryption",
  "network",
  "logging_monitoring",
  "data_protection",
  "cost",
] as const;
export type Category = (typeof CATEGORIES)[number];

export type FixFormat = "terraform" | "cloudformation" | "arm" | "bicep" | "kubernetes" | "cli";

export interface RuleMeta {
  /** Stable kebab-case id named for the secure state (`aws-iam-root-account-has-mfa`). */
  id: string;
  title: string;
  severity: Severity;
  category: Category;
  providers: Provider[];
  /** Common types (`cloud_storage_bucket`) this rule judges. */
  resource_types: string[];
  rationale: string;
  remediation: { text: string; code: Partial<Record<FixFormat, string>> };
  auto_remediable: boolean;
  references: string[];
}

export interface Failure {
  message: string;
  /** Config path of the offending setting (`encryption.enabled`); omitted when it is the block itself. */
  path?: string;
  /** Where the failure is written when that is not a config path: a joined block (custom rules on native types). */
  span?: Span;
}

export type CheckResult =
  | { status: "pass" }
  | { status: "fail"; failures: Failure[] }
  /** The rule does not apply, or an input it needs is unknown (reason says which). */
  | { status: "skip"; reason: string; unknown?: boolean };

export interface RuleContext {
  graph: ResourceGraph;
}

export interface Rule extends RuleMeta {
  check(resource: Resource, ctx: RuleContext): CheckResult;
}

export const pass = (): CheckResult => ({ status: "pass" });
export const skip = (reason: string): CheckResult => ({ status: "skip", reason });
/** The rule applies but a value it needs is unknown: reported as unknown, never as a pass. */
export const undetermined = (reason: string): CheckResult => ({ status: "skip", reason, unknown: true });
export const fail = (message: string, path?: string): CheckResult => ({
  status: "fail",
  failures: [path === undefined ? { message } : { message, path }],
});
export const failAll = (failures: Failure[]): CheckResult =>
  failures.length === 0 ? pass() : { status: "fail", failures };
