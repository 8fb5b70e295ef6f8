import type { SourceKind, Span } from "./resource.ts";
import type { ValueMap } from "./value.ts";

/**
 * What an IaC source hands to normalization: one block (a Terraform resource instance, a
 * CloudFormation resource, a Kubernetes object, an ARM resource) with its evaluated attributes.
 *
 * `attrs` uses Terraform's JSON shape for every format: arguments are values, nested blocks
 * are arrays of objects (`versioning: [{ enabled: true }]`), whether written once or many
 * times. Values that cannot be known statically are `Unknown`, carrying the addresses of the
 * resources they reference so that normalizers can join blocks (`bucket = aws_s3_bucket.b.id`).
 * Loaders write refs as the code names them, local to the record's module (`aws_s3_bucket.b`);
 * `normalize()` qualifies them with the module path, so normalizers compare refs with `address`.
 */
export interface RawRecord {
  format: SourceKind;
  native_type: string;
  /** Unique within its module instance: `aws_s3_bucket.logs`, `aws_instance.web[1]`, `module.net.aws_vpc.main`. */
  address: string;
  /** The block's name label without module prefix or index. */
  name: string;
  /** `resource` or `data` for Terraform; other formats use `resource`. */
  mode: "resource" | "data";
  /** The root module's directory (Terraform) or the file (single-file formats). */
  root: string;
  /** Module path (`module.net`, `module.app[0]`), empty in the root module; blocks join only within one (root, module). */
  module: string;
  span: Span;
  attrs: ValueMap;
  /** Dotted attribute path (`versioning.0.enabled`) → where it is written. */
  attrSpans: Record<string, Span>;
  /** Inline `parapet:ignore` suppressions on or above the block: rule id → reason ("" when none given). */
  suppressions: Record<string, string>;
  /** Provider configuration facts known for this block (region, project, subscription). */
  providerConfig?: { region?: string; project?: string; account?: string };
}

/** A problem with one input that did not stop the scan. */
export interface ScanError {
  source: string;
  file?: string;
  line?: number;
  message: string;
  /** Live sources: the API call that failed (`s3:GetBucketPolicy`), and where. */
  call?: string;
  account?: string;
  region?: string;
}

/** What a loader read: per-format file counts and the files it skipped, for the summary. */
export interface LoadStats {
  files: Record<string, number>;
  skipped: { file: string; reason: string }[];
}

export interface LoadResult {
  records: RawRecord[];
  errors: ScanError[];
  stats: LoadStats;
}
