import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase, PROJECT_ROOT } from "../../src/store/migrate-database.ts";

/** Where tests put their databases and artifacts. */
export const OUTPUT_DIR = path.join(PROJECT_ROOT, "test-output");
export const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const PG_TEMPLATE = "steady_test_template";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    pgTemplate: string;
  }
}

/**
 * Migrates one SQLite file and one PostgreSQL database with the real `prisma migrate deploy`
 * (through the project's Wasm schema engine); each test then copies the file, or creates a
 * database from the template, so tests get a fresh migrated database in milliseconds.
 */
export default async function setup(project: TestProject): Promise<void> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const template = path.join(OUTPUT_DIR, "template.db");
  for (const f of [template, `${template}-wal`, `${template}-shm`]) fs.rmSync(f, { force: true });
  await migrateDatabase(`file:${template}`);
  project.provide("sqliteTemplate", template);

  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    // Leftovers of an interrupted run.
    const old = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'steady_test_%'");
    for (const r of old.rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${PG_TEMPLATE}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${PG_TEMPLATE}`;
  await migrateDatabase(url.toString());
  project.provide("pgTemplate", PG_TEMPLATE);
}
