import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A fresh migrated database for one test, and how to throw it away. */
export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A copy of the migrated SQLite template in a temp directory. */
export function freshSqlite(): FreshDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-test-"));
  const file = path.join(dir, "steady.db");
  fs.copyFileSync(inject("sqliteTemplate"), file);
  return { url: `file:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A new PostgreSQL database created from the migrated template. */
export async function freshPostgres(): Promise<FreshDatabase> {
  const template = inject("pgTemplate");
  const name = `${template.replace(/_template$/, "")}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}
