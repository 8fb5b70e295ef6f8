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

/**
 * A resource as one scan saw it — identity, placement, owner, configuration — stored once per
 * distinct content (by hash) and shared by every scan that saw it unchanged.
 */
export interface SnapshotsTable {
  hash: string;
  body: string;
}

/** Which resources a scan saw: the scan's `seq` and a snapshot per resource uid. */
export interface ScanResourcesTable {
  scan_seq: number;
  uid: string;
  snapshot: string;
}

/**
 * The results of a scan that are not passes: failures (fail, muted), rule errors, unknowns.
 * Passes and not-applicable results are counted per rule in scan_rules: at 20,000 resources
 * they are most rows and say nothing a count does not.
 */
export interface ScanResultsTable {
  scan_seq: number;
  rule_id: string;
  uid: string;
  /** fail | muted | error | unknown */
  status: string;
  severity: string;
  /** Fingerprint, for fail and muted rows (the findings). */
  finding_id: string | null;
  exception_id: string | null;
}

/** Per scan and rule: how many resources it judged, and how. */
export interface ScanRulesTable {
  scan_seq: number;
  rule_id: string;
  passed: number;
  failed: number;
  muted: number;
  errors: number;
  unknown: number;
  skipped: number;
}

/** Posture of one scan broken down by a dimension (`all`, `provider`, `team`, `account`). */
export interface ScanPostureTable {
  scan_seq: number;
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
  scan_rules: ScanRulesTable;
  scan_posture: ScanPostureTable;
  findings: FindingsTable;
  finding_episodes: EpisodesTable;
  baselines: BaselinesTable;
  exceptions: ExceptionsTable;
}
