/** The JSON contract of `parapet scan --format json` (DESIGN.md, "Findings and the public contract"). */
import type { ScanError } from "../model/raw.ts";
import type { Provider } from "../model/resource.ts";
import type { Category, FixFormat, Severity } from "../rules/rule.ts";

export interface FindingLocation {
  file: string;
  start_line: number;
  end_line: number;
}

export interface RiskFactor {
  name: "severity" | "exposure" | "sensitivity" | "blast_radius" | "exploitability";
  weight: number;
  detail: string;
}

export interface Finding {
  id: string;
  rule_id: string;
  title: string;
  severity: Severity;
  category: Category;
  status: "fail" | "muted";
  message: string;
  /** Why the finding is muted (inline suppression reason or exception justification). */
  muted_reason?: string;
  resource: {
    uid: string;
    type: string;
    native_type: string;
    name: string;
    provider: Provider;
    project: string | null;
    region: string | null;
    tags: Record<string, string>;
  };
  /** The offending config path, when the rule named one. */
  path?: string;
  location?: FindingLocation;
  /** Terraform address, CloudFormation logical id, ARN…: where the resource is in its source. */
  address?: string;
  compliance: { framework: string; control: string }[];
  remediation: { text: string; code: Partial<Record<FixFormat, string>> };
  risk: { score: number; factors: RiskFactor[] };
}

export interface ScanSummary {
  resources: number;
  findings: number;
  by_severity: Record<Severity, number>;
  muted: number;
  posture_score: number | null;
  /** Checks that could not judge a resource because an input was unknown or a call failed. */
  unknown_checks: number;
  errors: number;
  files: Record<string, number>;
  skipped_files: number;
}

export interface ScanReport {
  version: 1;
  scan: {
    id: string;
    started_at: string;
    finished_at: string;
    targets: string[];
    parapet_version: string;
  };
  summary: ScanSummary;
  findings: Finding[];
  errors: ScanError[];
  /** Files that were found but not read, and why. */
  skipped?: { file: string; reason: string }[];
  /** Per-control results when a framework was selected. */
  controls?: ControlResult[];
}

export interface ControlResult {
  framework: string;
  control: string;
  title: string;
  automated: boolean;
  status: "pass" | "fail" | "unknown" | "manual" | "not_applicable";
  passed: number;
  failed: number;
}
