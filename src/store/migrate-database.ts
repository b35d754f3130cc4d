import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../project-root.ts";
import { checkDatabase } from "./check-database.ts";
import { createDb, isPostgresUrl, type Db } from "./create-db.ts";

function migrationNames(url: string): string[] {
  const dir = path.join(PROJECT_ROOT, isPostgresUrl(url) ? "prisma/postgres/migrations" : "prisma/migrations");
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** Names of migrations already applied, or null when the database has no migrations table. */
async function appliedMigrations(db: Db): Promise<Set<string> | null> {
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return new Set(rows.map((r) => r.migration_name));
  } catch {
    return null;
  }
}

/** True when every migration in prisma/ is recorded as applied in the database. */
async function upToDate(db: Db, url: string): Promise<boolean> {
  try {
    const applied = await appliedMigrations(db);
    return applied !== null && migrationNames(url).every((m) => applied.has(m));
  } catch {
    return false;
  }
}

/** A client for the database if it exists and is up to date, else null (and nothing left open). */
async function openIfUpToDate(url: string): Promise<Db | null> {
  if (url.startsWith("file:") && !fs.existsSync(url.slice(5))) return null;
  const db = await createDb(url);
  if (await upToDate(db, url)) return db;
  await db.$disconnect();
  return null;
}

/**
 * Brings the database schema up to date with `prisma migrate deploy` (run through the
 * project's Wasm schema engine, so nothing is downloaded). Skips the CLI when every
 * migration is already applied, which keeps CLI commands fast. Call it before opening the
 * database for work: the schema engine wants the file to itself.
 */
export async function migrateDatabase(url: string): Promise<void> {
  await checkDatabase(url);
  const db = await openIfUpToDate(url);
  if (db) return db.$disconnect();
  await deploy(url);
}

/**
 * migrateDatabase, then the client to work with: the one that checked the migrations when
 * nothing had to be applied (one client per process instead of two; each holds its own
 * instance of Prisma's query compiler).
 */
export async function openMigratedDb(url: string): Promise<Db> {
  await checkDatabase(url);
  const db = await openIfUpToDate(url);
  if (db) return db;
  await deploy(url);
  return createDb(url);
}

async function deploy(url: string): Promise<void> {
  if (url.startsWith("file:")) fs.mkdirSync(path.dirname(url.slice(5)), { recursive: true });
  const args = ["prisma", "migrate", "deploy", ...(isPostgresUrl(url) ? ["--config", "prisma.postgres.config.ts"] : [])];
  const r = spawnSync("npx", ["--no-install", ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (r.status !== 0) {
    throw new Error(`Database migration failed (prisma migrate deploy exited ${r.status}):\n${(r.stderr || r.stdout).slice(-2000)}`);
  }
}
