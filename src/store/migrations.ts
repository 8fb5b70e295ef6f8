/**
 * The store's migrations, one set for both dialects: only column types that SQLite and
 * PostgreSQL spell alike. Append new migrations; never edit one that has shipped.
 */
import type { Kysely } from "kysely";
import { Migrator, type Migration, type MigrationProvider } from "kysely/migration";

const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("scans")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("scope_key", "text", (c) => c.notNull())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("finished_at", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("targets", "text", (c) => c.notNull())
      .addColumn("parapet_version", "text", (c) => c.notNull())
      .addColumn("resources", "integer", (c) => c.notNull())
      .addColumn("findings", "integer", (c) => c.notNull())
      .addColumn("muted", "integer", (c) => c.notNull())
      .addColumn("errors", "integer", (c) => c.notNull())
      .addColumn("posture_score", "double precision")
      .addColumn("covered", "text", (c) => c.notNull())
      .addColumn("tainted", "text", (c) => c.notNull())
      .addColumn("seq", "integer", (c) => c.notNull().unique())
      .execute();
    await db.schema
      .createIndex("scans_scope_time")
      .on("scans")
      .columns(["scope_key", "finished_at"])
      .execute();
    await db.schema.createIndex("scans_time").on("scans").column("finished_at").execute();

    await db.schema
      .createTable("snapshots")
      .addColumn("hash", "text", (c) => c.primaryKey())
      .addColumn("body", "text", (c) => c.notNull())
      .execute();

    // Child rows of a scan refer to it by its integer seq: at 20,000 rows a scan, a 36-character
    // id repeated in every row and index entry would be most of the database.
    await db.schema
      .createTable("scan_resources")
      .addColumn("scan_seq", "integer", (c) => c.notNull().references("scans.seq").onDelete("cascade"))
      .addColumn("uid", "text", (c) => c.notNull())
      .addColumn("snapshot", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("scan_resources_pk", ["scan_seq", "uid"])
      .execute();

    await db.schema
      .createTable("scan_results")
      .addColumn("scan_seq", "integer", (c) => c.notNull().references("scans.seq").onDelete("cascade"))
      .addColumn("rule_id", "text", (c) => c.notNull())
      .addColumn("uid", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("severity", "text", (c) => c.notNull())
      .addColumn("finding_id", "text")
      .addColumn("exception_id", "text")
      .addPrimaryKeyConstraint("scan_results_pk", ["scan_seq", "rule_id", "uid"])
      .execute();

    await db.schema
      .createTable("scan_rules")
      .addColumn("scan_seq", "integer", (c) => c.notNull().references("scans.seq").onDelete("cascade"))
      .addColumn("rule_id", "text", (c) => c.notNull())
      .addColumn("passed", "integer", (c) => c.notNull())
      .addColumn("failed", "integer", (c) => c.notNull())
      .addColumn("muted", "integer", (c) => c.notNull())
      .addColumn("errors", "integer", (c) => c.notNull())
      .addColumn("unknown", "integer", (c) => c.notNull())
      .addColumn("skipped", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("scan_rules_pk", ["scan_seq", "rule_id"])
      .execute();

    await db.schema
      .createTable("scan_posture")
      .addColumn("scan_seq", "integer", (c) => c.notNull().references("scans.seq").onDelete("cascade"))
      .addColumn("dimension", "text", (c) => c.notNull())
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("evaluated", "integer", (c) => c.notNull())
      .addColumn("compliant", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("scan_posture_pk", ["scan_seq", "dimension", "key"])
      .execute();

    await db.schema
      .createTable("findings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("rule_id", "text", (c) => c.notNull())
      .addColumn("uid", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("severity", "text", (c) => c.notNull())
      .addColumn("scope", "text", (c) => c.notNull())
      .addColumn("provider", "text", (c) => c.notNull())
      .addColumn("project", "text")
      .addColumn("region", "text")
      .addColumn("owner", "text")
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("muted", "integer", (c) => c.notNull())
      .addColumn("muted_reason", "text")
      .addColumn("exception_id", "text")
      .addColumn("first_seen", "text", (c) => c.notNull())
      .addColumn("last_seen", "text", (c) => c.notNull())
      .addColumn("resolved_at", "text")
      .addColumn("reopen_count", "integer", (c) => c.notNull())
      .addColumn("last_scan_id", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("findings_state").on("findings").column("state").execute();

    await db.schema
      .createTable("finding_episodes")
      .addColumn("finding_id", "text", (c) => c.notNull().references("findings.id").onDelete("cascade"))
      .addColumn("seq", "integer", (c) => c.notNull())
      .addColumn("severity", "text", (c) => c.notNull())
      .addColumn("introduced_at", "text")
      .addColumn("detected_at", "text", (c) => c.notNull())
      .addColumn("detected_scan_id", "text", (c) => c.notNull())
      .addColumn("resolved_at", "text")
      .addColumn("resolved_scan_id", "text")
      .addPrimaryKeyConstraint("finding_episodes_pk", ["finding_id", "seq"])
      .execute();

    await db.schema
      .createTable("baselines")
      .addColumn("scope_key", "text", (c) => c.primaryKey())
      .addColumn("scan_id", "text", (c) => c.notNull().references("scans.id"))
      .addColumn("saved_at", "text", (c) => c.notNull())
      .addColumn("saved_by", "text")
      .execute();

    await db.schema
      .createTable("exceptions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("rule_id", "text", (c) => c.notNull())
      .addColumn("resources", "text", (c) => c.notNull())
      .addColumn("accounts", "text", (c) => c.notNull())
      .addColumn("tags", "text", (c) => c.notNull())
      .addColumn("justification", "text", (c) => c.notNull())
      .addColumn("approver", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("revoked_at", "text")
      .execute();
  },
};

const MIGRATIONS: Record<string, Migration> = { "0001_initial": initial };

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; Kysely's migration lock makes concurrent first opens safe. */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: "parapet_migrations",
    migrationLockTableName: "parapet_migrations_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`store migration ${failed ?? ""} failed: ${(error as Error).message ?? String(error)}`);
  }
}
