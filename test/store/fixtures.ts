/** Hand-built resources, rules and scan outcomes for the store tests: no loader involved. */
import type { Resource } from "../../src/model/resource.ts";
import type { ScanError } from "../../src/model/raw.ts";
import type { Rule, Severity } from "../../src/rules/rule.ts";
import { fail, pass, undetermined } from "../../src/rules/rule.ts";
import { isUnknown, type ValueMap } from "../../src/model/value.ts";
import { finishScan, type ScanOutcome } from "../../src/engine/scan.ts";

function rule(id: string, severity: Severity, bad: (c: ValueMap) => boolean | "unknown"): Rule {
  return {
    id,
    title: id,
    severity,
    category: "data_protection",
    providers: ["aws"],
    resource_types: ["cloud_storage_bucket"],
    rationale: "test rule",
    remediation: { text: "fix it", code: {} },
    auto_remediable: false,
    references: [],
    check(r) {
      const verdict = bad(r.config);
      if (verdict === "unknown") return undetermined("input unknown");
      return verdict ? fail(`${id} fails`) : pass();
    },
  };
}

export const RULES: Rule[] = [
  rule("test-bucket-private", "critical", (c) =>
    isUnknown(c["public_access"]) ? "unknown" : c["public_access"] === true,
  ),
  rule("test-bucket-encrypted", "high", (c) => c["encrypted"] === false),
  rule("test-bucket-logging", "medium", (c) => c["logging"] === false),
];

export function bucket(
  name: string,
  file: string,
  config: ValueMap,
  tags: Record<string, string> = {},
  project: string | null = null,
): Resource {
  return {
    uid: `${file}#aws_s3_bucket.${name}`,
    provider: "aws",
    type: "cloud_storage_bucket",
    native_type: "aws_s3_bucket",
    name,
    project,
    region: null,
    tags,
    config: { public_access: false, encrypted: true, logging: true, ...config },
    metadata: {},
    raw: {},
    source: { kind: "terraform", file, start_line: 1, end_line: 5, address: `aws_s3_bucket.${name}` },
  };
}

/** A finished scan at a fixed time, as the engine would produce it from these resources. */
export function scanAt(
  at: string,
  resources: Resource[],
  opts: { errors?: ScanError[]; targets?: string[]; nothingScanned?: boolean; rules?: Rule[] } = {},
): ScanOutcome {
  const outcome = finishScan({
    started: new Date(Date.parse(at) - 1000),
    targets: opts.targets ?? ["."],
    resources,
    rules: opts.rules ?? RULES,
    errors: opts.errors ?? [],
    nothingScanned: opts.nothingScanned ?? false,
  });
  outcome.report.scan.finished_at = at;
  return outcome;
}

export const CWD = "/project";
