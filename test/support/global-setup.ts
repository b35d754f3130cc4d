import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../src/store/migrate-database.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { findPersonalData, LOG_LINES_DIR } from "./log-privacy-check.ts";
import { processAlive, withPostgresAdmin } from "./postgres-admin.ts";

/** Where tests put their databases and artifacts. */
export const OUTPUT_DIR = path.join(PROJECT_ROOT, "test-output");
export const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** This run's databases are named `<RUN_TAG>_...`, so runs side by side never touch each other's. */
const RUN_TAG = `steady_t${process.pid}`;

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
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  fs.rmSync(LOG_LINES_DIR, { recursive: true, force: true });
  const templateDir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-template-"));
  const template = path.join(templateDir, "template.db");
  await migrateDatabase(`file:${template}`);
  project.provide("sqliteTemplate", template);

  const pgTemplate = `${RUN_TAG}_template`;
  await withPostgresAdmin(PG_ADMIN_URL, async (admin) => {
    // Leftovers of interrupted runs (their process is gone); a run still going is left alone.
    const old = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'steady_t%'");
    for (const { datname } of old.rows) {
      const pid = Number(/^steady_t(\d+)_/.exec(datname)?.[1] ?? Number.NaN);
      if (!Number.isNaN(pid) && processAlive(pid)) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${pgTemplate}"`);
  });
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${pgTemplate}`;
  await migrateDatabase(url.toString());
  project.provide("pgTemplate", pgTemplate);

  return async () => {
    fs.rmSync(templateDir, { recursive: true, force: true });
    await withPostgresAdmin(PG_ADMIN_URL, (admin) => admin.query(`DROP DATABASE IF EXISTS "${pgTemplate}" WITH (FORCE)`));
    // Privacy: no log line written during the run may carry a name, a number or a text.
    const found = findPersonalData(LOG_LINES_DIR);
    if (found.length > 0) {
      // Vitest reports an error thrown here but still exits 0; the exit code is what CI reads.
      process.exitCode = 1;
      throw new Error(`${found.length} log line${found.length === 1 ? "" : "s"} written during the tests carry personal data (log fields are ids, counts and codes only):\n${found.slice(0, 20).join("\n")}`);
    }
  };
}
