import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "../generated/sqlite/client.ts";
import { PrismaClient as PgPrismaClient } from "../generated/postgres/client.ts";

/** The database client. Both providers share one set of models; the SQLite client's type is used. */
export type Db = PrismaClient;

/** SQL dialect of a client, for the few statements written by hand. */
export type Dialect = "sqlite" | "postgres";
const dialects = new WeakMap<object, Dialect>();

/** The dialect of a client made by createDb. */
export function dialectOf(db: Db): Dialect {
  return dialects.get(db) ?? "sqlite";
}

/** True for a PostgreSQL connection string. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Resolves a `file:` URL against a base directory so the database does not depend on the cwd. */
export function resolveSqliteUrl(url: string, baseDir: string): string {
  const file = url.slice("file:".length);
  return "file:" + (path.isAbsolute(file) ? file : path.resolve(baseDir, file));
}

/**
 * Opens the database: SQLite for `file:` URLs (WAL journal, synchronous=NORMAL and a busy
 * timeout, which together make writes about six times faster than the default journal and
 * let several processes share the file), PostgreSQL for `postgres://` URLs.
 */
export async function createDb(url: string): Promise<Db> {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    // Same models, separately generated client for the postgresql provider.
    const pgDb = new PgPrismaClient({ adapter }) as unknown as Db;
    dialects.set(pgDb, "postgres");
    return pgDb;
  }
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must start with file: or postgres://, got "${url.split(":")[0]}:"`);
  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 10_000 }) });
  dialects.set(db, "sqlite");
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous=NORMAL");
  return db;
}

/** A database client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;
