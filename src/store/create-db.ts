import path from "node:path";
import type pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqliteConnection } from "./sqlite-connection.ts";
import { PrismaClient, Prisma } from "../generated/sqlite/client.ts";

/** The database client. Both providers share one set of models; the SQLite client's type is used. */
export type Db = PrismaClient;

/** SQL dialect of a client, for the few statements written by hand. */
export type Dialect = "sqlite" | "postgres";
const dialects = new WeakMap<object, Dialect>();
const sqliteConnections = new WeakMap<object, () => SqliteConnection | null>();
const postgresPools = new WeakMap<object, pg.Pool>();

/** The dialect of a client made by createDb. */
export function dialectOf(db: Db): Dialect {
  return dialects.get(db) ?? "sqlite";
}

/**
 * The SQLite connection under a client made by createDb (the very connection Prisma uses),
 * or null on PostgreSQL or before the first query. Synchronous statements on it run between
 * Prisma's statements, never inside them; see src/inbound/fast-inbound.ts for the rules.
 */
export function sqliteConnectionOf(db: Db): SqliteConnection | null {
  return sqliteConnections.get(db)?.() ?? null;
}

/**
 * The connection pool under a PostgreSQL client made by createDb (the very pool Prisma's
 * driver adapter uses), or null on SQLite. Hand-written statements on it share the pool's
 * limits and timeouts; see src/inbound/fast-inbound-postgres.ts.
 */
export function postgresPoolOf(db: Db): pg.Pool | null {
  return postgresPools.get(db) ?? null;
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
 * How long a SQLite write waits for another process's write lock before it fails. Writes
 * hold the lock for milliseconds; ten seconds covers a burst from several processes, and a
 * lock held longer is a stuck process whose failure the caller should see (and spool).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * The page cache of the SQLite connection, in KiB: SQLite's own default. better-sqlite3 builds
 * SQLite with 16 MB per connection, which a running bot fills once it has read that much of
 * the file (a dispatch of 10,000 prompts reads most of it) and then holds for good. Pages not
 * in the cache come from the operating system's file cache: check-in replies with 10,000
 * participants ran as fast with 2 MB as with 16.
 */
const SQLITE_CACHE_KIB = 2_000;

/**
 * Opens the database: SQLite for `file:` URLs (WAL journal, synchronous=NORMAL and a busy
 * timeout, which together make writes about six times faster than the default journal and
 * let several processes share the file; a page cache of SQLITE_CACHE_KIB), PostgreSQL for
 * `postgres://` URLs (connection, statement, query and transaction timeouts: see
 * postgres-pool.ts).
 */
export async function createDb(url: string): Promise<Db> {
  if (isPostgresUrl(url)) {
    // Loaded only for PostgreSQL: the driver and the second client cost a SQLite process memory.
    const [{ PrismaPg }, { PrismaClient: PgPrismaClient }, pool] = await Promise.all([
      import("@prisma/adapter-pg"),
      import("../generated/postgres/client.ts"),
      import("./postgres-pool.ts"),
    ]);
    const pgPool = pool.createPostgresPool(url);
    const adapter = new PrismaPg(pgPool, { disposeExternalPool: true });
    // Same models, separately generated client for the postgresql provider.
    const pgDb = new PgPrismaClient({
      adapter,
      transactionOptions: { maxWait: pool.TRANSACTION_MAX_WAIT_MS, timeout: pool.TRANSACTION_TIMEOUT_MS },
    }) as unknown as Db;
    dialects.set(pgDb, "postgres");
    postgresPools.set(pgDb, pgPool);
    return pgDb;
  }
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must start with file: or postgres://, got "${url.split(":")[0]}:"`);
  const factory = new PrismaBetterSqlite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  let connection: SqliteConnection | null = null;
  // The adapter keeps its better-sqlite3 connection as `client`; keep a handle on it.
  const capturing: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async (): Promise<SqlDriverAdapter> => {
      const adapter = await factory.connect();
      const client = (adapter as unknown as { client?: SqliteConnection }).client;
      connection = client && typeof client.prepare === "function" ? client : null;
      return adapter;
    },
  };
  const db = new PrismaClient({ adapter: capturing });
  dialects.set(db, "sqlite");
  sqliteConnections.set(db, () => (connection?.open ? connection : null));
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous=NORMAL");
  await db.$executeRawUnsafe(`PRAGMA cache_size=-${SQLITE_CACHE_KIB}`);
  return db;
}

/** A database client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;
