import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../../src/store/create-db.ts";
import { migrateDatabase } from "../../src/store/migrate-database.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import pg from "pg";

const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("migrations run offline through the Wasm schema engine", () => {
  it("prisma migrate deploy creates the schema on a fresh SQLite file, and a second run is a no-op", async () => {
    const url = `file:${path.join(dir, "fresh.db")}`;
    await migrateDatabase(url);
    const db = await createDb(url);
    try {
      const tables = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name");
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["Participant", "CheckIn", "Job", "Outbox", "Escalation", "_prisma_migrations"]));
      await migrateDatabase(url); // already applied: skipped without the CLI
      const applied = await db.$queryRawUnsafe<{ n: bigint | number }[]>('SELECT count(*) AS n FROM "_prisma_migrations"');
      expect(Number(applied[0]!.n)).toBe(fs.readdirSync(path.join(PROJECT_ROOT, "prisma/migrations")).filter((f) => !f.endsWith(".toml")).length);
    } finally {
      await db.$disconnect();
    }
  });

  it("prisma migrate deploy creates the schema on an empty PostgreSQL database", async () => {
    const name = `${inject("pgTemplate").replace(/_template$/, "")}_empty`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    try {
      await migrateDatabase(url.toString());
      const db = await createDb(url.toString());
      const rows = await db.$queryRawUnsafe<{ table_name: string }[]>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
      expect(rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(["Participant", "Outbox", "_prisma_migrations"]));
      await db.$disconnect();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it("the PostgreSQL schema is derived from the SQLite one (no drift)", () => {
    expect(() => execFileSync("node", ["scripts/derive-postgres-schema.mjs", "--check"], { cwd: PROJECT_ROOT, stdio: "pipe" })).not.toThrow();
    const sqliteModels = fs.readFileSync(path.join(PROJECT_ROOT, "prisma/schema.prisma"), "utf8").match(/^model \w+/gm);
    const pgModels = fs.readFileSync(path.join(PROJECT_ROOT, "prisma/postgres/schema.prisma"), "utf8").match(/^model \w+/gm);
    expect(pgModels).toEqual(sqliteModels);
  });
});
