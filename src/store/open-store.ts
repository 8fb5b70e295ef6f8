/**
 * Opening the history store: an embedded SQLite file under `.parapet/` by default, PostgreSQL
 * when given a `postgres://` URL (`--db` or `PARAPET_DB`). Both go through Kysely and the same
 * migrations, applied on open.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import type { Database } from "./schema.ts";
import { migrate } from "./migrations.ts";

export type Dialect = "sqlite" | "postgres";

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for messages: a file path or the URL without its password. */
  location: string;
  /**
   * Runs `fn` in one write transaction, serialized against every other writer (other processes
   * included): everything it wrote is visible together or, if it throws or the process dies,
   * not at all.
   */
  write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const DEFAULT_DB_FILE = join(".parapet", "parapet.db");

/** `--db` wins over `PARAPET_DB`, which wins over `.parapet/parapet.db` in the working directory. */
export function resolveDbUrl(flag: string | undefined, cwd: string, env = process.env): string {
  const chosen = flag ?? env["PARAPET_DB"];
  if (chosen !== undefined && chosen.trim() !== "") return chosen.trim();
  return resolve(cwd, DEFAULT_DB_FILE);
}

export async function openStore(url: string): Promise<Store> {
  const store = /^postgres(ql)?:\/\//i.test(url) ? openPostgres(url) : openSqlite(url);
  try {
    await retryBusy(() => migrate(store.db as unknown as Kysely<unknown>));
  } catch (e) {
    await store.close();
    throw new Error(`cannot open the history store at ${store.location}: ${(e as Error).message}`);
  }
  return store;
}

/** What reading needs of a store: no writer, no migrations. */
export type ReadOnlyStore = Pick<Store, "db" | "dialect" | "location" | "close">;

/**
 * Opens a store only to read it: nothing is created or migrated, so a scan that records nothing
 * leaves no trace. A SQLite file that does not exist yet is no store at all: undefined.
 */
export function openStoreReadOnly(url: string): ReadOnlyStore | undefined {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgres(url);
  const file = sqliteFile(url);
  if (file === ":memory:" || !existsSync(file)) return undefined;
  const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  raw.pragma("busy_timeout = 30000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, dialect: "sqlite", location: file, close: () => db.destroy() };
}

function sqliteFile(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/i, "");
}

function openSqlite(url: string): Store {
  const file = sqliteFile(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  // WAL lets readers work while a scan is being recorded; the busy timeout makes a second
  // writer wait for the first instead of failing.
  raw.pragma("journal_mode = WAL");
  raw.pragma("busy_timeout = 30000");
  raw.pragma("foreign_keys = ON");
  raw.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    db,
    dialect: "sqlite",
    location: file,
    write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
      // Kysely's SQLite driver shares one connection, so writers of this process queue here;
      // BEGIN IMMEDIATE takes the file's write lock up front so that other processes queue
      // behind it instead of failing when a read transaction tries to upgrade.
      const run = async (): Promise<T> =>
        retryBusy(() =>
          db.connection().execute(async (conn) => {
            await sql`begin immediate`.execute(conn);
            try {
              const out = await fn(conn);
              await sql`commit`.execute(conn);
              return out;
            } catch (e) {
              await sql`rollback`.execute(conn);
              throw e;
            }
          }),
        );
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A connection dropped while idle (server restart, admin termination) must not kill the
  // process: the pool discards it, and the next query opens a new one or reports the failure.
  pool.on("error", () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@"),
    write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
      return db.transaction().execute(async (trx) => {
        // One advisory lock per database serializes writers across processes and machines.
        await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
        return fn(trx);
      });
    },
    close: () => db.destroy(),
  };
}

/** An arbitrary constant naming Parapet's writer lock among the database's advisory locks. */
const WRITE_LOCK = 0x70617261;

async function retryBusy<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (typeof code !== "string" || !code.startsWith("SQLITE_BUSY") || attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}

/** Opens the store named by `--db` (or its defaults), runs `fn`, and always closes it. */
export async function withStore<T>(
  dbFlag: string | undefined,
  cwd: string,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(resolveDbUrl(dbFlag, cwd));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
