/**
 * A `custom_rules` entry of the gate file as a rule of the engine. Its condition states what a
 * compliant resource satisfies; a resource of the rule's type for which it is false is a
 * finding under the rule's own id. The condition is compiled and type-checked when the config
 * is loaded, so a mistake is reported there, with the rule and line, and never mid-scan.
 *
 * `resource_type` is a common type (`database_instance`), a native type (`aws_db_instance`), or
 * a native type joined into a primary (`aws_s3_bucket_versioning` into its bucket): then each
 * such block is judged, the finding is the primary's and points at the block.
 */
import type { Environment } from "@marcbachmann/cel-js";
import type { Provider, Resource } from "../../model/resource.ts";
import type { Category, CheckResult, Failure, Rule } from "../../rules/rule.ts";
import { CATEGORIES, pass, undetermined } from "../../rules/rule.ts";
import type { ResourceGraph } from "../../engine/graph.ts";
import type { LocatedRule } from "../../config/load.ts";
import { ConfigError } from "../../config/load.ts";
import { createEnvironment } from "./environment.ts";
import { Session, subjectView, type Subject } from "./view.ts";

const PROVIDERS: Provider[] = ["aws", "azure", "gcp", "kubernetes"];

/**
 * Native type names people write that Terraform spells otherwise: the guide's
 * `aws_rds_instance` is Terraform's `aws_db_instance`.
 */
const NATIVE_ALIASES: Record<string, string> = { aws_rds_instance: "aws_db_instance" };

let shared: Environment | undefined;
function environment(): Environment {
  shared ??= createEnvironment();
  return shared;
}

export interface CustomRule extends Rule {
  /** The gate file entry it came from. */
  spec: LocatedRule;
}

export function compileCustomRule(spec: LocatedRule): CustomRule {
  const env = environment();
  const checked = env.check(spec.condition);
  const where = `${spec.file}:${spec.condition_line}: custom rule ${spec.id}`;
  if (!checked.valid) {
    throw new ConfigError(`${where}: condition does not compile: ${firstLine(checked.error?.message)}`);
  }
  if (checked.type !== "bool" && checked.type !== "dyn") {
    throw new ConfigError(
      `${where}: condition must be true or false for a resource, but it gives ${checked.type}`,
    );
  }
  const program = env.parse(spec.condition);
  const wanted = NATIVE_ALIASES[spec.resource_type] ?? spec.resource_type;

  const judge = (subject: Subject, graph: ResourceGraph): CheckResult | Failure => {
    const session = new Session(graph);
    let value: unknown;
    try {
      value = program({ resource: subjectView(subject, session) });
    } catch (e) {
      if (session.unknownReads.size > 0) return unknownResult(session);
      throw new Error(
        `${spec.id} (${spec.file}:${spec.condition_line}): ${firstLine((e as Error).message)}`,
        {
          cause: e,
        },
      );
    }
    if (session.unknownReads.size > 0) return unknownResult(session);
    if (value === true) return pass();
    if (value === false) {
      const what = subject.part?.address ?? subject.resource.source.address ?? subject.resource.name;
      const failure: Failure = { message: `${spec.description}: ${what} does not satisfy ${spec.condition}` };
      if (subject.part?.span) failure.span = subject.part.span;
      return failure;
    }
    throw new Error(`${spec.id}: condition gave ${typeof value}, not true or false`);
  };

  return {
    id: spec.id,
    title: spec.description,
    severity: spec.severity,
    category: categoryOf(spec),
    providers: PROVIDERS,
    resource_types: ["*"],
    rationale: spec.description,
    remediation: { text: spec.remediation ?? "", code: {} },
    auto_remediable: false,
    references: [`${spec.file}:${spec.line}`],
    spec,
    check(resource: Resource, ctx): CheckResult {
      if (resource.type === wanted || resource.native_type === wanted) {
        const r = judge({ resource }, ctx.graph);
        return "status" in r ? r : { status: "fail", failures: [r] };
      }
      const parts = (resource.parts ?? []).filter((p) => p.native_type === wanted);
      if (parts.length === 0) return { status: "skip", reason: `not a ${spec.resource_type}` };
      const failures: Failure[] = [];
      const unknowns: string[] = [];
      for (const part of parts) {
        const r = judge({ resource, part }, ctx.graph);
        if (!("status" in r)) failures.push(r);
        else if (r.status === "skip") unknowns.push(r.reason);
      }
      if (failures.length > 0) return { status: "fail", failures };
      return unknowns.length > 0 ? undetermined(unknowns.join("; ")) : pass();
    },
  };
}

function unknownResult(session: Session): CheckResult {
  return undetermined(`reads unknown values: ${[...session.unknownReads].join("; ")}`);
}

function firstLine(s: string | undefined): string {
  return (s ?? "unknown error").split("\n")[0]!.trim();
}

/** The category named in the rule's words; data protection when none is. */
function categoryOf(spec: LocatedRule): Category {
  const text = `${spec.id} ${spec.description}`.toLowerCase();
  const words: [Category, RegExp][] = [
    ["encryption", /encrypt|kms|key/],
    ["public_exposure", /public|internet|exposed/],
    ["network", /subnet|network|firewall|security group|port|ingress/],
    ["identity_access", /iam|role|permission|privilege|mfa|access key/],
    ["logging_monitoring", /log|audit|monitor|trail/],
    ["cost", /cost|budget/],
  ];
  const hit = words.find(([, re]) => re.test(text));
  return hit && CATEGORIES.includes(hit[0]) ? hit[0] : "data_protection";
}
