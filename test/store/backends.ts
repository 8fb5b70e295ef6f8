/**
 * Runs a store test on each backend: a fresh SQLite file, and a fresh PostgreSQL database on the
 * server named by PARAPET_TEST_PG_URL (scripts/setup-postgres.sh starts one). Without that
 * variable the PostgreSQL case is skipped with a message saying how to run it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { test, type TestContext } from "node:test";
import pg from "pg";
import { openStore, type Store } from "../../src/store/open-store.ts";

export const PG_URL = process.env["PARAPET_TEST_PG_URL"];
export const PG_SKIP =
  'PARAPET_TEST_PG_URL is not set: run `eval "$(bash scripts/setup-postgres.sh)"` to test on PostgreSQL';

export interface Backend {
  name: "sqlite" | "postgres";
  /** A URL for a new, empty store; `cleanup` removes everything it created. */
  fresh(): Promise<{ url: string; cleanup: () => Promise<void> }>;
}

export const sqlite: Backend = {
  name: "sqlite",
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "parapet-store-"));
    return {
      url: join(dir, ".parapet", "parapet.db"),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export const postgres: Backend = {
  name: "postgres",
  async fresh() {
    const name = `parapet_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    try {
      // CREATE DATABASE copies template1 and fails while another session is connected to it
      // (test files running in parallel): wait and retry.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.query(`create database ${name}`);
          break;
        } catch (e) {
          if ((e as { code?: string }).code !== "55006" || attempt >= 20) throw e;
          await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
        }
      }
    } finally {
      await admin.end();
    }
    const url = new URL(PG_URL!);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      cleanup: async () => {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  },
};

/** Declares `title` once per backend; `fn` gets an open store and the backend's URL. */
export function eachBackend(
  title: string,
  fn: (store: Store, ctx: { url: string; backend: Backend; t: TestContext }) => Promise<void>,
): void {
  for (const backend of [sqlite, postgres]) {
    test(`${title} [${backend.name}]`, async (t) => {
      if (backend.name === "postgres" && !PG_URL) {
        t.skip(PG_SKIP);
        return;
      }
      const { url, cleanup } = await backend.fresh();
      const store = await openStore(url);
      try {
        await fn(store, { url, backend, t });
      } finally {
        await store.close();
        await cleanup();
      }
    });
  }
}
