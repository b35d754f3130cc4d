import type { SqliteConnection, SqliteStatement } from "./sqlite-connection.ts";

/** Statements kept per connection; past this many the cache starts over (a prepare is cheap, not free). */
const LIMIT = 256;
const cache = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();

/**
 * The statement prepared on `conn` under `key`, prepared from `sql()` the first time. The
 * synchronous SQLite paths run the same few shapes over and over; `key` names the shape
 * (the SQL text itself when nothing shorter does).
 */
export function preparedStatement(conn: SqliteConnection, key: string, sql: () => string = () => key): SqliteStatement {
  let byKey = cache.get(conn);
  if (!byKey) cache.set(conn, (byKey = new Map()));
  let s = byKey.get(key);
  if (!s) {
    if (byKey.size >= LIMIT) byKey.clear();
    byKey.set(key, (s = conn.prepare(sql())));
  }
  return s;
}
