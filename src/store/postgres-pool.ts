import pg from "pg";

/**
 * How long opening a PostgreSQL connection (TCP, login) or waiting for a free one in the
 * pool may take. A healthy server, even a busy one, lets a client in within milliseconds,
 * and a full pool frees a connection as soon as a query ends; ten seconds is the same
 * patience SQLite gets (its busy timeout). Without it a server that accepts connections and
 * never answers (a stalled server, a network partition) keeps every caller waiting forever.
 */
export const PG_CONNECT_TIMEOUT_MS = 10_000;

/**
 * The server's own limit on one statement. Steady's statements touch at most a page of rows
 * (500) and take milliseconds; the longest legitimate wait is for a row lock held by another
 * transaction, which itself ends within TRANSACTION_TIMEOUT_MS. A statement still running
 * after this is stuck, and the server cancels it cleanly (the connection stays usable).
 */
export const PG_STATEMENT_TIMEOUT_MS = 15_000;

/**
 * The client's limit on waiting for an answer. A live server reports its statement timeout
 * first; this one fires only when the server does not answer at all, and turns that hang
 * into an error callers can act on (spool the message, answer a crisis from memory).
 */
export const PG_QUERY_TIMEOUT_MS = 20_000;

/** Connections per process: enough for a webhook burst beside a dispatch pass, small enough for several instances on one server. */
export const PG_POOL_SIZE = 10;

/**
 * How long an interactive transaction may wait to start (a free connection and BEGIN).
 * Prisma's default is 2 s; a burst of webhooks on a busy but healthy server can queue
 * longer than that for one of the pool's connections.
 */
export const TRANSACTION_MAX_WAIT_MS = 5_000;

/**
 * How long an interactive transaction may run. One inbound message or one re-escalation
 * takes milliseconds; this only ends one that is stuck, so that its row locks are released.
 */
export const TRANSACTION_TIMEOUT_MS = 15_000;

/** The pool under the PostgreSQL client, with every timeout above. */
export function createPostgresPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: PG_POOL_SIZE,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    statement_timeout: PG_STATEMENT_TIMEOUT_MS,
    query_timeout: PG_QUERY_TIMEOUT_MS,
  });
  // A connection handed back in the middle of a transaction (its last statement, COMMIT or
  // ROLLBACK got no answer before the query timeout) must not serve anyone else: the next
  // query would run inside that transaction, or wait behind the unanswered one. It is
  // closed; `end` marks it at once, so the pool drops it instead of keeping it idle.
  pool.on("release", (err: Error | undefined, client: pg.PoolClient) => {
    if (err || client.getTransactionStatus() === "I") return;
    client.end().catch(() => {});
    client.connection.stream.destroy();
  });
  return pool;
}
