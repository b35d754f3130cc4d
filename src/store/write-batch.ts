import { sqliteConnectionOf, type Db } from "./create-db.ts";
import { sqliteCell } from "./insert-rows.ts";
import { preparedStatement } from "./prepared-statement.ts";

/** A value in a hand-written statement; Dates are formatted for the database when it runs. */
export type StatementParam = string | number | Date | null;

/** One hand-written statement: SQL with placeholders in the dialect of the client it was made for. */
export interface RawStatement {
  sql: string;
  params: StatementParam[];
}

/**
 * Runs statements (from insertRows and updateByIds) in one transaction: all of them or none.
 *
 * On SQLite, unless `direct` is false or a transaction is already open on the connection
 * (then Prisma's queue is the only safe way in), they run synchronously on the connection
 * Prisma uses, between BEGIN IMMEDIATE and COMMIT. A dispatch page is a few thousand values;
 * through Prisma's batch each is serialized and held across several turns of the event loop,
 * which for 10,000 prompts made some 60 MB of short-lived objects survive into the old
 * generation. Otherwise (PostgreSQL) they go to `db.$transaction` as raw statements.
 */
export async function writeBatch(db: Db, statements: RawStatement[], direct = true): Promise<void> {
  if (statements.length === 0) return;
  const conn = direct ? sqliteConnectionOf(db) : null;
  if (conn && !conn.inTransaction) {
    preparedStatement(conn, "BEGIN IMMEDIATE").run();
    try {
      for (const s of statements) preparedStatement(conn, s.sql).run(...s.params.map((p) => sqliteCell(p)));
      preparedStatement(conn, "COMMIT").run();
    } finally {
      if (conn.inTransaction) preparedStatement(conn, "ROLLBACK").run();
    }
    return;
  }
  await db.$transaction(statements.map((s) => db.$executeRawUnsafe(s.sql, ...s.params)));
}
