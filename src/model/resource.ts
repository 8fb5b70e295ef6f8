import type { Value, ValueMap } from "./value.ts";

export type Provider = "aws" | "azure" | "gcp" | "kubernetes";

export type SourceKind =
  | "terraform"
  | "terraform-plan"
  | "cloudformation"
  | "kubernetes"
  | "arm"
  | "aws"
  | "azure"
  | "gcp"
  | "snapshot";

/** A place in a file. Lines are 1-based and inclusive. */
export interface Span {
  file: string;
  start_line: number;
  end_line: number;
}

export interface SourceRef {
  kind: SourceKind;
  file?: string;
  start_line?: number;
  end_line?: number;
  /** Terraform address (`module.net.aws_s3_bucket.logs[0]`), CloudFormation logical id, … */
  address?: string;
  account?: string;
  region?: string;
}

/**
 * The one shape every source is normalized into (DESIGN.md, "The resource model").
 * `config` holds what rules read; its keys per common type are documented in `types.ts`.
 */
export interface Resource {
  uid: string;
  provider: Provider;
  type: string;
  native_type: string;
  name: string;
  project: string | null;
  region: string | null;
  tags: Record<string, string>;
  config: ValueMap;
  metadata: ValueMap;
  raw: ValueMap;
  source: SourceRef;
  /**
   * Where each config path came from in the source, for IaC: `"public_access"` → the span of
   * the attribute (or the joined block) that decided it. The engine points a finding at the
   * deepest recorded prefix of the failing path, or at the resource's own block.
   */
  positions?: Record<string, Span>;
  /**
   * Config paths that could not be read because a call or input failed
   * (`"policy"` → "s3:GetBucketPolicy: AccessDenied"). Rules reading them are reported unknown.
   */
  gaps?: Record<string, string>;
  /** Relationships to other resources by uid (`uses_security_group`, `has_role`), turned into graph edges. */
  links?: ResourceLink[];
  /** Blocks of the source that were joined into this resource, for custom policies on native types. */
  parts?: ResourcePart[];
  /** Inline suppressions found in the source: rule id → reason (empty when none was given). */
  suppressions?: Record<string, string>;
}

export type Json = Value;

/** A block joined into a resource (an `aws_s3_bucket_versioning` folded into its bucket). */
export interface ResourcePart {
  native_type: string;
  address: string;
  raw: ValueMap;
  span?: Span;
}

export interface ResourceLink {
  /** Edge kind, snake_case verb phrase: `uses_security_group`, `assumes_role`, `fronts`, `in_network`. */
  kind: string;
  target: string;
}
