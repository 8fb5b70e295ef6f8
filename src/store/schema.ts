/**
 * The tables of the history store, as Kysely sees them. Times are ISO-8601 UTC strings in both
 * dialects so that they sort and compare as text; JSON columns hold serialized text so that the
 * same queries run unchanged on SQLite and PostgreSQL. Booleans are 0/1 integers for the same reason.
 */
export interface ScansTable {
  id: string;
  /** Canonical key of what the scan looked at (its sorted targets): history groups scans by it. */
  scope_key: string;
  started_at: string;
  finished_at: string;
  /** `complete` (no error), `partial` (errors in some inputs), `failed` (nothing could be scanned). */
  status: "complete" | "partial" | "failed";
  targets: string;
  parapet_version: string;
  resources: number;
  findings: number;
  muted: number;
  errors: number;
  posture_score: number | null;
  /** Scope units the scan covered (JSON array of keys), and the ones errors touched. */
  covered: string;
  tainted: string;
  /** Order of recording, for a stable "latest" when two scans share a timestamp. */
  seq: number;
}

/** A configuration snapshot, stored once per distinct content (by hash) and shared by scans. */
export interface SnapshotsTable {
  hash: string;
  body: string;
}

export interface ScanResourcesTable {
  scan_id: string;
  uid: string;
  scope: string;
  provider: string;
  type: string;
  native_type: string;
  name: string;
  project: string | null;
  region: string | null;
  owner: string | null;
  address: string | null;
  snapshot: string;
}

export interface ScanResultsTable {
  scan_id: string;
  rule_id: string;
  uid: string;
  /** pass | fail | muted | error | skip | unknown */
  status: string;
  severity: string;
  /** Fingerprint, only for fail and muted rows (the findings). */
  finding_id: string | null;
  exception_id: string | null;
}

/** Posture of one scan broken down by a dimension (`all`, `provider`, `team`, `account`). */
export interface ScanPostureTable {
  scan_id: string;
  dimension: string;
  key: string;
  evaluated: number;
  compliant: number;
}

/** One row per finding fingerprint (rule + resource): its current lifecycle state. */
export interface FindingsTable {
  id: string;
  rule_id: string;
  uid: string;
  title: string;
  severity: string;
  scope: string;
  provider: string;
  project: string | null;
  region: string | null;
  owner: string | null;
  state: "open" | "resolved";
  muted: number;
  muted_reason: string | null;
  exception_id: string | null;
  first_seen: string;
  last_seen: string;
  resolved_at: string | null;
  reopen_count: number;
  last_scan_id: string;
}

/** One open period of a finding: detected (new or reopened) until resolved. */
export interface EpisodesTable {
  finding_id: string;
  seq: number;
  severity: string;
  introduced_at: string | null;
  detected_at: string;
  detected_scan_id: string;
  resolved_at: string | null;
  resolved_scan_id: string | null;
}

export interface BaselinesTable {
  scope_key: string;
  scan_id: string;
  saved_at: string;
  saved_by: string | null;
}

export interface ExceptionsTable {
  id: string;
  rule_id: string;
  /** JSON arrays / object: resource uids (globs allowed), accounts, tags that must all match. */
  resources: string;
  accounts: string;
  tags: string;
  justification: string;
  approver: string;
  created_at: string;
  expires_at: string;
  /** Set when expired early by `parapet exceptions expire`. */
  revoked_at: string | null;
}

export interface Database {
  scans: ScansTable;
  snapshots: SnapshotsTable;
  scan_resources: ScanResourcesTable;
  scan_results: ScanResultsTable;
  scan_posture: ScanPostureTable;
  findings: FindingsTable;
  finding_episodes: EpisodesTable;
  baselines: BaselinesTable;
  exceptions: ExceptionsTable;
}
