import { migrateDatabase } from "../src/store/migrate-database.ts";
import { processAlive, withPostgresAdmin } from "../test/support/postgres-admin.ts";

/** Where the benchmarks create their PostgreSQL databases (a role that may create databases). */
export const BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A benchmark's PostgreSQL database: its URL and name. */
export interface BenchPostgres {
  url: string;
  name: string;
}

function named(name: string): BenchPostgres {
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

/** Drops the databases of earlier benchmark runs whose process is gone (interrupted runs). */
export async function dropLeftoverBenchDatabases(): Promise<void> {
  await withPostgresAdmin(BENCH_POSTGRES_URL, async (c) => {
    const old = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'steady_bench_%'");
    for (const { datname } of old.rows) {
      const pid = Number(/^steady_bench_(\d+)_/.exec(datname)?.[1] ?? Number.NaN);
      if (Number.isNaN(pid) || processAlive(pid)) continue;
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

/** A new migrated database `steady_bench_<pid>_<suffix>`, or a copy of `template` (which nobody may be connected to). */
export async function freshBenchPostgres(suffix: string, template?: BenchPostgres): Promise<BenchPostgres> {
  const db = named(`steady_bench_${process.pid}_${suffix}`);
  await withPostgresAdmin(BENCH_POSTGRES_URL, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${db.name}"${template ? ` TEMPLATE "${template.name}"` : ""}`);
  });
  if (!template) await migrateDatabase(db.url);
  return db;
}

/** Drops a database made by freshBenchPostgres. */
export async function removeBenchPostgres(db: BenchPostgres): Promise<void> {
  await withPostgresAdmin(BENCH_POSTGRES_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`));
}

/** Process ids of the server processes connected to database `name` now. */
export async function backendPids(name: string): Promise<number[]> {
  return withPostgresAdmin(BENCH_POSTGRES_URL, async (c) => (await c.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [name])).rows.map((r) => r.pid));
}
